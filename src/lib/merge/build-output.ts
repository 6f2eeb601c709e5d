import type { Paths64 } from 'clipper2-ts';
import { pathsArea } from './geometry/paths-area';
import { splitPieces } from './geometry/split-pieces';
import { polygonToGeoJson } from './geometry/to-geojson';
import { mainKeyOf, type AreaLedger } from './account';
import type { UnresolvedArea } from './assign-slivers';
import { MERGED_ATTRIBUTES as A } from './merged-attributes';
import { renumberZoneNames } from './renumber-zone-names';
import type { MergedFeature, MergedPlanIdentity, Provenance } from './types';
import type { WorkFeature } from './work-feature';

/** The output polygons of each feature rank, for resolving conflicts' `resolvedInto`. */
export type PartsByRank = Map<number, Array<{ id: string; shape: Paths64 }>>;

export interface Output {
	features: MergedFeature[];
	zones: MergedFeature[];
	parts: PartsByRank;
}

/**
 * Step 8. Explodes every feature into one output feature per polygon (a SOSI FLATE holds one
 * polygon), in the order (municipality, objectId, part), then the 'Uavklart' areas, then the
 * zones, and numbers them M000001, …, so the same input always gives the same ids
 * (plan-standards §5 R9: fresh unique ids, old ids kept as provenance). Each land-use polygon's
 * area is entered as `after` in the account.
 * @example buildOutput(landuse, unresolved, zones, identity, ledger).features[0].properties.id // 'M000001'
 */
export function buildOutput(
	landuse: WorkFeature[],
	unresolved: UnresolvedArea[],
	zones: WorkFeature[],
	identity: MergedPlanIdentity,
	ledger: AreaLedger
): Output {
	let next = 0;
	const newId = () => `M${String(++next).padStart(6, '0')}`;
	const parts: PartsByRank = new Map();
	const identityAttributes = {
		[A.municipality]: identity.municipality,
		[A.planId]: identity.planId
	};
	const explode = (feature: WorkFeature): MergedFeature[] => {
		const polygons = splitPieces(feature.shape);
		parts.set(feature.rank, []);
		return polygons.map((polygon) => {
			const id = newId();
			parts.get(feature.rank)!.push({ id, shape: polygon });
			if (feature.kind === 'landuse') {
				ledger.add(feature.municipality, mainKeyOf(feature), 'after', pathsArea(polygon));
			}
			return sourcedFeature(feature, id, polygon, identityAttributes);
		});
	};
	const features = landuse.flatMap(explode);
	for (const area of unresolved) {
		const id = newId();
		parts.set(area.rank, [{ id, shape: area.shape }]);
		ledger.add(area.municipality, 'uavklart', 'after', pathsArea(area.shape));
		features.push({
			type: 'Feature',
			geometry: polygonToGeoJson(area.shape),
			properties: {
				kind: 'landuse',
				objectType: 'KpArealformålOmråde',
				code: null,
				codeList: 'arealformal-2008',
				status: null,
				name: 'Uavklart',
				objectId: id,
				attributes: { ...identityAttributes },
				id,
				provenance: null,
				unresolved: true
			}
		});
	}
	const zoneFeatures = zones.flatMap(explode);
	const names = renumberZoneNames(zoneFeatures.map((z) => z.properties.name));
	for (const [k, zone] of zoneFeatures.entries()) {
		const original = zone.properties.name;
		const name = names[k] ?? null;
		if (original !== null && name !== original)
			zone.properties.attributes[A.originalZoneName] = original;
		zone.properties.name = name;
	}
	return { features, zones: zoneFeatures, parts };
}

function sourcedFeature(
	feature: WorkFeature,
	id: string,
	polygon: Paths64,
	identityAttributes: Record<string, string>
): MergedFeature {
	const source = feature.source.properties;
	const provenance: Provenance = {
		municipality: feature.municipality,
		planId: feature.planId,
		objectId: source.objectId,
		originalCode: source.code,
		originalCodeList: source.codeList,
		objectType: source.objectType
	};
	const attributes: Record<string, string | number> = {
		...withoutSourceIdentity(source.attributes),
		...identityAttributes,
		[A.originalMunicipality]: feature.municipality,
		[A.originalPlanId]: feature.planId,
		[A.originalObjectId]: source.objectId,
		[A.originalCodeList]: source.codeList
	};
	if (source.code !== null) attributes[A.originalCode] = source.code;
	return {
		type: 'Feature',
		geometry: polygonToGeoJson(polygon),
		properties: {
			kind: feature.kind,
			objectType: source.objectType,
			code: feature.code,
			codeList: feature.codeList,
			status: feature.status,
			name: source.name,
			objectId: id,
			attributes,
			id,
			provenance,
			unresolved: false
		}
	};
}

/*
 * The source's own plan identity and object identity, in whichever spelling its format used
 * (SOSI NASJONALAREALPLANID/IDENTIFIKASJON, NPAD arealplanId/identifikasjon, flat GeoJSON
 * names). The merged plan has a new identity and the old one lives on in the opprinnelig…
 * attributes and the provenance, so these would only contradict the merged plan's identity.
 */
const SOURCE_IDENTITY =
	/^(nasjonalarealplanid|arealplanid|identifikasjon|ident|nasjonalArealplanId)(\.|$)|^(kommunenummer|planidentifikasjon|komm|planid|lokalid|navnerom|versjonid)$/i;

function withoutSourceIdentity(
	attributes: Record<string, string | number>
): Record<string, string | number> {
	return Object.fromEntries(
		Object.entries(attributes).filter(([key]) => !SOURCE_IDENTITY.test(key))
	);
}
