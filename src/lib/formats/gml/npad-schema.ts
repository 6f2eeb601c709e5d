import type { PlanFeatureProperties } from '../../plans/types';
import { classifyObjectType, ZONE_TYPE_BY_FIRST_DIGIT } from './object-types';
import { isXmlName } from './xml-builder';

/*
 * Element order of the KP 20190401 feature types, from kommuneplan_20190401_filprod.xsd as
 * transcribed in Arkitektum/pygeoapi.formatter.gml-npad (MIT) feature_types.py and mapping.py
 * (plan-standards.md §6.1). XSD sequences are strict: a property out of order is invalid.
 */

/** A property whose value is a data type: the wrapper element and its leaves, in order. */
export interface GroupSchema {
	wrapper: string;
	leaves: readonly string[];
}

export const GROUPS: Readonly<Record<string, GroupSchema>> = {
	identifikasjon: { wrapper: 'Identifikasjon', leaves: ['lokalId', 'navnerom', 'versjonId'] },
	arealplanId: {
		wrapper: 'NasjonalArealplanId',
		leaves: ['kommunenummer', 'landkode', 'planidentifikasjon']
	},
	kopidata: { wrapper: 'Kopidata', leaves: ['områdeId', 'originalDatavert', 'kopidato'] },
	utnytting: {
		wrapper: 'Utnytting',
		leaves: ['utnyttingstype', 'utnyttingstall', 'utnyttingstall_minimum']
	}
};

/** Fellesegenskaper + DelområdeType of KP: no vertikalnivå, unlike RP. */
const AREA_PREFIX = [
	'identifikasjon',
	'førsteDigitaliseringsdato',
	'oppdateringsdato',
	'kopidata',
	'arealplanId'
];
const zone = (code: string, ...rest: string[]) => [...AREA_PREFIX, 'område', code, ...rest];

const ORDER: Readonly<Record<string, readonly string[]>> = {
	KpOmråde: [
		...[
			'identifikasjon',
			'førsteDigitaliseringsdato',
			'oppdateringsdato',
			'prosesshistorie',
			'informasjon'
		],
		...['kopidata', 'link', 'område', 'arealplanId', 'plantype', 'planstatus', 'planbestemmelse'],
		...[
			'lovreferanse',
			'lovreferanseBeskrivelse',
			'ikrafttredelsesdato',
			'plannavn',
			'vedtakEndeligPlanDato'
		],
		...['kunngjøringsdato', 'opprinneligplanid', 'opprinneligadministrativenhet']
	],
	KpArealformålOmråde: zone(
		'arealformål',
		'arealbruksstatus',
		'beskrivelse',
		'områdenavn',
		'utnytting',
		'uteoppholdsareal',
		'eierform'
	),
	KpArealbrukOmråde: zone(
		'arealbruk',
		'arealbruksstatus',
		'arealbruksutdyping',
		'områdenavn',
		'utnytting',
		'uteoppholdsareal'
	),
	KpSikringSone: zone('sikring', 'hensynSonenavn', 'beskrivelse'),
	KpStøySone: zone('støy', 'hensynSonenavn', 'beskrivelse'),
	KpFareSone: zone('fare', 'hensynSonenavn', 'beskrivelse'),
	KpInfrastrukturSone: zone('infrastruktur', 'hensynSonenavn', 'beskrivelse'),
	KpAngittHensynSone: zone('angittHensyn', 'hensynSonenavn', 'beskrivelse'),
	KpBåndleggingSone: zone(
		'båndlegging',
		'arealbruksstatus',
		'hensynSonenavn',
		'beskrivelse',
		'båndlagtFremTil'
	),
	KpGjennomføringSone: zone('gjennomføring', 'hensynSonenavn', 'beskrivelse'),
	KpDetaljeringSone: zone('detaljering', 'hensynSonenavn', 'beskrivelse'),
	KpBestemmelseOmråde: [...AREA_PREFIX, 'område', 'bestemmelseOmrådeNavn', 'type'],
	KpRestriksjonOmråde: [...AREA_PREFIX, 'område', 'arealbruksstatus', 'arealbruksrestriksjoner'],
	KpRetningslinjeOmråde: [...AREA_PREFIX, 'område', 'arealbruksretningslinjer']
};

/** xs:dateTime properties; the others named *dato are xs:date. */
export const DATE_TIME_PROPERTIES = new Set([
	'førsteDigitaliseringsdato',
	'oppdateringsdato',
	'kopidato'
]);

/**
 * The element order for an object type: the KP schema's, or for a type outside it (an RP
 * type met while reading) the shared prefix, the surface and its code and name properties.
 * @example elementOrder('KpFareSone') // [..., 'område', 'fare', 'hensynSonenavn', 'beskrivelse']
 */
export function elementOrder(objectType: string): readonly string[] {
	const known = ORDER[objectType];
	if (known) return known;
	const info = classifyObjectType(objectType);
	const own = [info?.codeElement, info?.nameElement].filter((e): e is string => !!e);
	return [...AREA_PREFIX, 'område', ...own];
}

/** Every simple (non-group) property name any KP type has, for matching attribute names. */
export const SIMPLE_PROPERTIES: ReadonlySet<string> = new Set(
	Object.values(ORDER)
		.flat()
		.filter((name) => !(name in GROUPS) && name !== 'område')
);

/**
 * The KP object type a feature is written as: its own when the KP schema has it, else one
 * chosen from its kind and code list (a hensynssone by its code's first digit, §2).
 * @example npadObjectType({ kind: 'zone', codeList: 'hensynssone', code: '310', objectType: 'KpHensynSone', … }) // 'KpFareSone'
 */
export function npadObjectType(
	p: Pick<PlanFeatureProperties, 'kind' | 'codeList' | 'code' | 'objectType'>
): string {
	if (p.objectType in ORDER) return p.objectType;
	const fallback = isXmlName(p.objectType) ? p.objectType : 'UkjentObjekttype';
	if (p.kind === 'planarea') return 'KpOmråde';
	if (p.kind === 'landuse' && p.codeList === 'arealformal-2008') return 'KpArealformålOmråde';
	if (p.kind === 'landuse' && p.codeList === 'arealbruk-1985') return 'KpArealbrukOmråde';
	if (p.kind === 'landuse' && p.codeList === 'reguleringsformal-2008') {
		return classifyObjectType(fallback)?.codeList === 'reguleringsformal-2008'
			? fallback
			: 'RpArealformålOmråde';
	}
	if (p.codeList === 'hensynssone')
		return ZONE_TYPE_BY_FIRST_DIGIT[p.code?.charAt(0) ?? ''] ?? fallback;
	return fallback;
}
