import type { PlanCodeList, PlanObjectKind } from '../../plans/types';

/** How a plan object type maps onto Planbord's model, and where its code and name live. */
export interface ObjectTypeInfo {
	kind: PlanObjectKind;
	codeList: PlanCodeList;
	/** The property holding the code (`arealformål`, `fare`, …), or null. */
	codeElement: string | null;
	/** The property holding the object's name, or null. */
	nameElement: string | null;
}

/*
 * Object types and their code properties: plan-standards.md §2 (hensynssoner), §3 (PBL 1985)
 * and §4.3 (SOSI ↔ GML names). RP and KP share the hensynssone local names apart from the
 * prefix, so both are matched by one pattern.
 */
const ZONE =
	/^(?:Kp|Rp)(Sikring|Støy|Fare|Infrastruktur|AngittHensyn|Båndlegging|Gjennomføring|Detaljering)Sone$/;

const TYPES: Readonly<Record<string, ObjectTypeInfo>> = {
	KpArealformålOmråde: info('landuse', 'arealformal-2008', 'arealformål', 'områdenavn'),
	KpArealbrukOmråde: info('landuse', 'arealbruk-1985', 'arealbruk', 'områdenavn'),
	RpArealformålOmråde: info('landuse', 'reguleringsformal-2008', 'arealformål', 'feltnavn'),
	KpRestriksjonOmråde: info('zone', 'none', 'arealbruksrestriksjoner', null),
	KpRetningslinjeOmråde: info('zone', 'none', 'arealbruksretningslinjer', null),
	KpBestemmelseOmråde: info('zone', 'none', null, 'bestemmelseOmrådeNavn'),
	KpOmråde: info('planarea', 'none', null, 'plannavn'),
	RpOmråde: info('planarea', 'none', null, 'plannavn')
};

/** Where a name is looked for on types this table does not know, in this order. */
export const NAME_ELEMENTS = [
	'områdenavn',
	'hensynSonenavn',
	'plannavn',
	'feltnavn',
	'bestemmelseOmrådeNavn'
] as const;

/** The KP hensynssone type for each first digit of a § 11-8 code (plan-standards.md §2). */
export const ZONE_TYPE_BY_FIRST_DIGIT: Readonly<Record<string, string>> = {
	'1': 'KpSikringSone',
	'2': 'KpStøySone',
	'3': 'KpFareSone',
	'4': 'KpInfrastrukturSone',
	'5': 'KpAngittHensynSone',
	'7': 'KpBåndleggingSone',
	'8': 'KpGjennomføringSone',
	'9': 'KpDetaljeringSone'
};

/**
 * What a plan object type is, or null for a type this table does not know (the reader then
 * keeps it as a zone without a code list, so nothing is dropped).
 * @example classifyObjectType('KpFareSone') // { kind: 'zone', codeList: 'hensynssone', codeElement: 'fare', … }
 */
export function classifyObjectType(localName: string): ObjectTypeInfo | null {
	const known = TYPES[localName];
	if (known) return known;
	const zone = ZONE.exec(localName);
	if (!zone?.[1]) return null;
	const codeElement = zone[1].charAt(0).toLowerCase() + zone[1].slice(1);
	return info('zone', 'hensynssone', codeElement, 'hensynSonenavn');
}

function info(
	kind: PlanObjectKind,
	codeList: PlanCodeList,
	codeElement: string | null,
	nameElement: string | null
): ObjectTypeInfo {
	return { kind, codeList, codeElement, nameElement };
}
