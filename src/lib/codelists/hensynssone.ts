import type { Certainty } from './types';

/*
 * Hensynssoner in the kommuneplan, PBL 2008 § 11-8: one object type and code list per category.
 *
 * Source: plan-standards.md §2. Codes and names come from the "Plan-5.0-Utkast" SOSI model
 * (public GitHub index id 34689325447, repository unresolved: ◐ provenance). Object types and
 * SOSI → GML attribute pairs come from atlefren/sosi.js `src/datatypes.js`, GDAL's
 * `ogrsosidatatypes.h` and the NAP feature catalogue (✔). Real data confirms 390 (Bergen KPA
 * `KPFARE 390`, `H390_3`) and 900/910 (a Viken municipality's `KPDETALJERING` domain).
 * Whether SOSI 4.5 had an infrastruktur code 420 is unknown (✘), so it is not listed.
 */

export type ZoneKind =
	| 'sikring'
	| 'støy'
	| 'fare'
	| 'infrastruktur'
	| 'angitt-hensyn'
	| 'båndlegging'
	| 'gjennomføring'
	| 'detaljering';

export interface ZoneType {
	readonly kind: ZoneKind;
	/** The letter of § 11-8 andre ledd; letter a covers sikring, støy and fare. */
	readonly letter: 'a' | 'b' | 'c' | 'd' | 'e' | 'f';
	readonly objectType: string;
	readonly sosiAttribute: string;
	readonly gmlProperty: string;
}

export interface HensynssoneCode {
	readonly code: string;
	/** Bokmål name. */
	readonly name: string;
	readonly kind: ZoneKind;
	/** The generalised x00 codes of d–f, "utgått". */
	readonly expired: boolean;
	readonly certainty: Certainty;
	readonly note: string | null;
}

const zoneType = (
	kind: ZoneKind,
	letter: ZoneType['letter'],
	objectType: string,
	sosiAttribute: string,
	gmlProperty: string
): ZoneType => Object.freeze({ kind, letter, objectType, sosiAttribute, gmlProperty });

export const ZONE_TYPES: readonly ZoneType[] = Object.freeze([
	zoneType('sikring', 'a', 'KpSikringSone', 'KPSIKRING', 'sikring'),
	zoneType('støy', 'a', 'KpStøySone', 'KPSTØY', 'støy'),
	zoneType('fare', 'a', 'KpFareSone', 'KPFARE', 'fare'),
	zoneType('infrastruktur', 'b', 'KpInfrastrukturSone', 'KPINFRASTRUKTUR', 'infrastruktur'),
	zoneType('angitt-hensyn', 'c', 'KpAngittHensynSone', 'KPANGITTHENSYN', 'angittHensyn'),
	zoneType('båndlegging', 'd', 'KpBåndleggingSone', 'KPBÅNDLEGGING', 'båndlegging'),
	zoneType('gjennomføring', 'e', 'KpGjennomføringSone', 'KPGJENNOMFØRING', 'gjennomføring'),
	zoneType('detaljering', 'f', 'KpDetaljeringSone', 'KPDETALJERING', 'detaljering')
]);

type Extra = Partial<Pick<HensynssoneCode, 'expired' | 'certainty' | 'note'>>;

const zone = (kind: ZoneKind, code: string, name: string, extra: Extra = {}): HensynssoneCode =>
	Object.freeze({
		code,
		name,
		kind,
		expired: extra.expired ?? false,
		certainty: extra.certainty ?? 'partly-verified',
		note: extra.note ?? null
	});

const PROBABLY_NEWER: Extra = { note: 'Probably newer than SOSI 4.5 (◐)' };
const GENERALISED: Extra = { expired: true, note: 'Generalised code, "utgått"' };

export const HENSYNSSONE_CODES: readonly HensynssoneCode[] = Object.freeze([
	zone('sikring', '110', 'Nedslagsfelt drikkevann'),
	zone('sikring', '120', 'Område for grunnvannsforsyning'),
	zone('sikring', '130', 'Byggeforbud rundt veg, bane og flyplass'),
	zone('sikring', '190', 'Andre sikringssoner'),
	zone('støy', '210', 'Rød sone iht. T-1442'),
	zone('støy', '220', 'Gul sone iht. T-1442'),
	zone('støy', '230', 'Grønn sone', PROBABLY_NEWER),
	zone('støy', '290', 'Andre støysoner'),
	zone('fare', '310', 'Ras- og skredfare'),
	zone('fare', '320', 'Flomfare'),
	zone('fare', '330', 'Radon'),
	zone('fare', '350', 'Brann-/eksplosjonsfare'),
	zone('fare', '360', 'Skytebane'),
	zone('fare', '370', 'Høyspenningsanlegg (inkl. høyspentkabler)'),
	zone('fare', '380', 'Sone for militær virksomhet'),
	zone('fare', '390', 'Annen fare', { certainty: 'verified', note: 'Bergen KPA 2018 data' }),
	zone('infrastruktur', '410', 'Krav vedrørende infrastruktur'),
	zone('infrastruktur', '430', 'Rekkefølgekrav infrastruktur'),
	zone('infrastruktur', '440', 'Rekkefølgekrav samfunnservice'),
	zone('infrastruktur', '450', 'Rekkefølgekrav grønnstruktur'),
	zone('angitt-hensyn', '510', 'Hensyn landbruk'),
	zone('angitt-hensyn', '520', 'Hensyn reindrift'),
	zone('angitt-hensyn', '530', 'Hensyn friluftsliv'),
	zone('angitt-hensyn', '540', 'Hensyn grønnstruktur'),
	zone('angitt-hensyn', '550', 'Hensyn landskap'),
	zone('angitt-hensyn', '560', 'Bevaring naturmiljø'),
	zone('angitt-hensyn', '570', 'Bevaring kulturmiljø'),
	zone(
		'angitt-hensyn',
		'580',
		'Randområder til verneområde (nasjonalpark/landskapsvernområde)',
		PROBABLY_NEWER
	),
	zone('angitt-hensyn', '590', 'Sikring av mineralressurser', PROBABLY_NEWER),
	zone('båndlegging', '700', 'Båndlegging - generalisert (utgått)', GENERALISED),
	zone('båndlegging', '710', 'Båndlegging for regulering etter pbl.'),
	zone('båndlegging', '720', 'Båndlegging etter lov om naturvern'),
	zone('båndlegging', '730', 'Båndlegging etter lov om kulturminner'),
	zone('båndlegging', '735', 'Båndlegging etter markaloven'),
	zone('båndlegging', '740', 'Båndlegging etter andre lover'),
	zone('båndlegging', '750', 'Båndlegging etter vegloven (avkjøringsklasser)'),
	zone('gjennomføring', '800', 'Gjennomføring - generalisert (utgått)', GENERALISED),
	zone('gjennomføring', '810', 'Krav om felles planlegging'),
	zone('gjennomføring', '820', 'Omforming'),
	zone('gjennomføring', '830', 'Fornyelse'),
	zone('detaljering', '900', 'Reguleringsplan skal fortsatt gjelde - generalisert (utgått)', {
		...GENERALISED,
		certainty: 'verified'
	}),
	zone('detaljering', '910', 'Reguleringsplan skal fortsatt gjelde', { certainty: 'verified' })
]);
