import type { PlanCodeList, PlanObjectKind } from '../../plans/types';

/** How one SOSI area object type maps to the plan model, and back. */
export interface ObjectTypeRule {
	kind: PlanObjectKind;
	/** The SOSI attribute holding the code, e.g. `KPAREALFORMÅL`; null for a planområde. */
	codeAttribute: string | null;
	codeList: PlanCodeList;
	/** Where the writer puts `name` (the reader looks there first). */
	nameAttribute: string;
	/** The `.KURVE` type the writer gives this area's boundary (§4.2: each area type has a …Grense). */
	boundary: string;
}

/** Hensynssoner, § 11-8 (plan-standards §2): object type stem = code attribute stem. */
const ZONE_STEMS = [
	'Sikring',
	'Støy',
	'Fare',
	'Infrastruktur',
	'AngittHensyn',
	'Båndlegging',
	'Gjennomføring',
	'Detaljering'
];

const RULES = new Map<string, ObjectTypeRule>([
	['KpArealformålOmråde', landuse('KPAREALFORMÅL', 'arealformal-2008', 'OMRNAVN', 'KpArealGrense')],
	['KpArealbrukOmråde', landuse('OPLAREAL', 'arealbruk-1985', 'OMRNAVN', 'KpArealGrense')],
	[
		'RpArealformålOmråde',
		landuse('RPAREALFORMÅL', 'reguleringsformal-2008', 'FELTNAVN', 'RpFormålGrense')
	],
	['KpOmråde', planArea('KpGrense')],
	['RpOmråde', planArea('RpGrense')],
	// PBL 1985 restrictions and guidelines (§3): zones, but with no hensynssone code list.
	['KpRestriksjonOmråde', zone('OPLRESTR', 'none', 'OMRNAVN', 'KpRestriksjonGrense')],
	['KpRetningslinjeOmråde', zone('OPLRETNL', 'none', 'OMRNAVN', 'KpRetningslinjeGrense')],
	...ZONE_STEMS.flatMap((stem) =>
		['Kp', 'Rp'].map((prefix): [string, ObjectTypeRule] => [
			`${prefix}${stem}Sone`,
			zone(
				`${prefix}${stem}`.toUpperCase(),
				'hensynssone',
				'HENSYNSONENAVN',
				`${prefix}${stem}Grense`
			)
		])
	)
]);

/**
 * The rule for an OBJTYPE. Types outside the table become zones without a code list, so
 * nothing is dropped (e.g. `RpBestemmelseOmråde`), with `…Område`/`…Sone` → `…Grense`.
 * @example ruleForObjectType('KpFareSone').codeAttribute // 'KPFARE'
 */
export function ruleForObjectType(objectType: string): ObjectTypeRule {
	const known = RULES.get(objectType);
	if (known) return known;
	const stem = objectType.replace(/(Område|Sone)$/, '');
	return zoneWithoutCode(`${stem || 'Plan'}Grense`);
}

function landuse(code: string, list: PlanCodeList, name: string, boundary: string): ObjectTypeRule {
	return { kind: 'landuse', codeAttribute: code, codeList: list, nameAttribute: name, boundary };
}

function zone(code: string, list: PlanCodeList, name: string, boundary: string): ObjectTypeRule {
	return { kind: 'zone', codeAttribute: code, codeList: list, nameAttribute: name, boundary };
}

function planArea(boundary: string): ObjectTypeRule {
	return {
		kind: 'planarea',
		codeAttribute: null,
		codeList: 'none',
		nameAttribute: 'PLANNAVN',
		boundary
	};
}

function zoneWithoutCode(boundary: string): ObjectTypeRule {
	return {
		kind: 'zone',
		codeAttribute: null,
		codeList: 'none',
		nameAttribute: 'OMRNAVN',
		boundary
	};
}
