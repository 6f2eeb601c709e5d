/*
 * XML namespaces of NPAD plan GML (plan-standards.md §6.1). Readers match the plan
 * namespaces by pattern, because Kommuneplan 20190401, Reguleringsplan 20190401 and
 * Reguleringsplanforslag 5.0 / 20230701 all use the same local names for what we read.
 */

export const GML_NS = 'http://www.opengis.net/gml/3.2';
/** GML 3.1.1 and 2: older exports still use it; the geometry elements we read are the same. */
export const GML_LEGACY_NS = 'http://www.opengis.net/gml';
export const XLINK_NS = 'http://www.w3.org/1999/xlink';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const KP_NS = 'http://skjema.geonorge.no/SOSI/produktspesifikasjon/Kommuneplan/20190401';
export const KP_SCHEMA_LOCATION =
	'https://skjema.geonorge.no/SOSI/produktspesifikasjon/Kommuneplan/20190401/kommuneplan_20190401_filprod.xsd';

const PLAN_NS = /\/produktspesifikasjon\/((?:Kommuneplan|Reguleringsplan)[A-Za-z]*)\/([^/]+)\/?$/;

/**
 * True for the GML 3.2 namespace and the older one GML 2 and 3.1 used.
 * @example isGmlNamespace('http://www.opengis.net/gml/3.2') // true
 */
export function isGmlNamespace(uri: string): boolean {
	return uri === GML_NS || uri === GML_LEGACY_NS;
}

/**
 * True for any version of the Kommuneplan or Reguleringsplan(forslag) product namespaces.
 * @example isPlanNamespace(KP_NS) // true
 */
export function isPlanNamespace(uri: string): boolean {
	return PLAN_NS.test(uri);
}

/**
 * The header `format` for a plan namespace.
 * @example formatOfNamespace(KP_NS) // 'NPAD GML Kommuneplan 20190401'
 */
export function formatOfNamespace(uri: string): string {
	const match = PLAN_NS.exec(uri);
	return match ? `NPAD GML ${match[1]} ${match[2]}` : 'NPAD GML';
}
