/** Bokmål text for plan import, validation and merge: one place for every label. */

export const PLAN_TEXT = {
	title: 'Arealplan',
	importTitle: 'Importer kommuneplanens arealdel',
	mergeTitle: 'Slå sammen planene',
	sourcePlans: 'Importerte planer',
	mergedPlans: 'Sammenslåtte planer',
	noPlans: 'Ingen planer er importert ennå.',
	municipality: 'Kommune',
	planId: 'Plan-ID',
	name: 'Navn',
	format: 'Format',
	crs: 'Koordinatsystem i filen',
	features: 'Objekter',
	issues: 'Avvik',
	imported: 'Importert',
	sliverWidth: 'Største bredde for smale gliper (m)',
	minArea: 'Minste areal (m²) som alltid regnes som glipe',
	runMerge: 'Slå sammen',
	report: 'Rapport',
	conflicts: 'Konflikter',
	validation: 'Validering',
	account: 'Arealregnskap',
	download: 'Last ned',
	showOnMap: 'Vis i kartet'
} as const;

/** What a merge conflict or validation problem is. */
export const ISSUE_TYPE_TEXT: Record<string, string> = {
	'outside-own-municipality': 'Utenfor egen kommune',
	'outside-new-boundary': 'Utenfor ny kommunegrense',
	overlap: 'Overlapp',
	gap: 'Glipe',
	'unknown-code': 'Ukjent kode',
	'harmonised-code': 'Kode harmonisert',
	'invalid-geometry': 'Ugyldig geometri',
	'duplicate-zone': 'Dobbel hensynssone',
	'outside-plan-area': 'Utenfor planområdet',
	'missing-attribute': 'Mangler egenskap'
};

/** The rule the merge applied, as a planner would say it. */
export const MERGE_RULE_TEXT: Record<string, string> = {
	'clipped-to-own-municipality': 'Klippet til egen gammel kommune',
	'clipped-to-new-boundary': 'Klippet til ny kommunegrense',
	'overlap-to-longest-border': 'Gitt til formålet med lengst felles grense',
	'sliver-to-longest-border': 'Smal glipe gitt til naboen med lengst felles grense',
	'gap-unresolved': 'Uavklart område – må avklares av planlegger',
	'code-kept-unknown': 'Koden er beholdt uendret og flagget',
	'code-harmonised': 'Omkodet til PBL 2008-kode',
	'geometry-repaired': 'Geometrien er reparert',
	'zone-deduplicated': 'Duplikat fjernet'
};

export function issueTypeText(type: string): string {
	return ISSUE_TYPE_TEXT[type] ?? type;
}

export function mergeRuleText(rule: string | null): string {
	return rule === null ? '' : (MERGE_RULE_TEXT[rule] ?? rule);
}
