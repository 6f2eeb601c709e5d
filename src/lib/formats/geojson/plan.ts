import type { Feature, Geometry } from 'geojson';
import { ParseError, ReasonNotAPlan } from '../../errors';
import { WGS84_SRID } from '../../geometry/crs';
import type {
	PlanCodeList,
	PlanDocument,
	PlanFeature,
	PlanFeatureProperties,
	PlanHeader,
	PlanObjectKind,
	PlanReadResult
} from '../../plans/types';
import type { ParseNote } from '../format';
import { buildHeader, type HeaderFacts } from '../gml/build-header';
import { mapCommonProperties } from '../gml/map-common-properties';
import {
	NoteDuplicateObjectId,
	NoteSkippedWithoutSurface,
	NoteUnknownObjectType
} from '../gml/notes';
import { classifyObjectType } from '../gml/object-types';
import { orientRings } from '../gml/orient-rings';
import { parseGeoJson } from './parse';

/** Planbord's own property names; an attribute with one of them is written as `attributes.<key>`. */
const RESERVED = ['objectType', 'kind', 'code', 'codeList', 'status', 'name', 'objectId'];
const ESCAPE = 'attributes.';
const KINDS: readonly PlanObjectKind[] = ['landuse', 'zone', 'planarea'];
const CODE_LISTS: readonly PlanCodeList[] = [
	'arealformal-2008',
	'arealbruk-1985',
	'reguleringsformal-2008',
	'hensynssone',
	'none'
];

/**
 * Reads a plan from GeoJSON: Planbord's own export exactly, and other exports (GDAL,
 * ArcGIS, the national copy) by common property names, case- and accent-insensitively
 * (map-common-properties.ts). The CRS comes from the legacy `crs` member, else EPSG:4326.
 * Points and lines are noted and skipped. Object ids default to the 1-based feature index.
 * @example parsePlanGeoJson(text, { fileName: 'kpa.geojson' }).header.municipality // '0220'
 */
export function parsePlanGeoJson(
	text: string,
	options: { fileName?: string } = {}
): PlanReadResult {
	const { features: raw, srid } = parseGeoJson(text, options);
	// parseGeoJson returns features only; the header member needs the top level once more.
	const top = JSON.parse(text) as { plan?: unknown };
	const facts: HeaderFacts = { objectTypes: new Set() };
	const notes: ParseNote[] = [];
	const skipped = new Map<string, number>();
	const unknown = new Map<string, number>();
	const ids = new Set<string>();
	const features: PlanFeature[] = [];
	let recognised = 0;
	raw.forEach((feature, index) => {
		const geometry = feature.geometry as Geometry;
		if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
			skipped.set(geometry.type, (skipped.get(geometry.type) ?? 0) + 1);
			return;
		}
		const own = ownProperties(feature);
		const properties =
			own ?? mapCommonProperties(feature.properties ?? {}, feature.id ?? index + 1, facts);
		const { objectType, objectId, code } = properties;
		if (classifyObjectType(objectType) || code !== null) recognised++;
		else unknown.set(objectType, (unknown.get(objectType) ?? 0) + 1);
		if (ids.has(objectId)) {
			notes.push({
				code: NoteDuplicateObjectId,
				feature: objectId,
				detail: `${objectId} occurs more than once`
			});
		}
		ids.add(objectId);
		const planFeature: PlanFeature = {
			type: 'Feature',
			geometry: orientRings(geometry),
			properties
		};
		if (own && feature.id !== undefined) planFeature.id = feature.id;
		features.push(planFeature);
	});
	if (recognised === 0) {
		throw new ParseError(ReasonNotAPlan, 'no polygon has a plan object type or a code', {
			file: options.fileName
		});
	}
	for (const [type, count] of skipped) {
		notes.push({ code: NoteSkippedWithoutSurface, detail: `${count} × ${type} not read` });
	}
	for (const [type, count] of unknown) {
		notes.push({
			code: NoteUnknownObjectType,
			detail: `${count} × ${type} read as zones without a code list`
		});
	}
	if (isRecord(top.plan)) return { header: ownHeader(top.plan), features, srid, notes };
	const built = buildHeader(facts, 'GeoJSON');
	return { header: built.header, features, srid, notes: [...built.notes, ...notes] };
}

/**
 * Writes a plan as a GeoJSON FeatureCollection: the header as a top-level `plan` member,
 * flat properties (objectType, kind, code, codeList, status, name, objectId, then the
 * attributes), RFC 7946 ring order, and a `crs` member naming the EPSG code when the plan is
 * not in WGS 84 (RFC 7946 dropped `crs`, but Norwegian tools and GDAL still read it).
 * @example parsePlanGeoJson(writePlanGeoJson(plan)).features // equal to plan.features
 */
export function writePlanGeoJson(plan: PlanDocument): string {
	const { municipality, planId, name, law } = plan.header;
	const crs = { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${plan.srid}` } };
	return JSON.stringify({
		type: 'FeatureCollection',
		...(plan.srid === WGS84_SRID ? {} : { crs }),
		plan: { municipality, planId, name, law },
		features: plan.features.map((feature) => {
			const { attributes, ...fields } = feature.properties;
			const { objectType, kind, code, codeList, status, name: featureName, objectId } = fields;
			const properties: Record<string, unknown> = {
				objectType,
				kind,
				code,
				codeList,
				status,
				name: featureName,
				objectId
			};
			for (const [key, value] of Object.entries(attributes)) {
				const escaped = RESERVED.includes(key) || key.startsWith(ESCAPE);
				properties[escaped ? ESCAPE + key : key] = value;
			}
			const id = feature.id === undefined ? {} : { id: feature.id };
			return { type: 'Feature', ...id, properties, geometry: orientRings(feature.geometry) };
		})
	});
}

/** A feature Planbord wrote: every model field is there with a valid value. */
function ownProperties(feature: Feature): PlanFeatureProperties | null {
	const p = (feature.properties ?? {}) as Record<string, unknown>;
	const { kind, objectType, code, codeList, status, name, objectId } = p;
	const isText = (v: unknown): v is string | null => v === null || typeof v === 'string';
	if (!KINDS.includes(kind as PlanObjectKind) || !CODE_LISTS.includes(codeList as PlanCodeList))
		return null;
	if (
		typeof objectType !== 'string' ||
		typeof objectId !== 'string' ||
		!isText(code) ||
		!isText(name)
	)
		return null;
	if (status !== null && typeof status !== 'number') return null;
	const attributes: Record<string, string | number> = {};
	for (const [key, value] of Object.entries(p)) {
		if (RESERVED.includes(key) || (typeof value !== 'string' && typeof value !== 'number'))
			continue;
		attributes[key.startsWith(ESCAPE) ? key.slice(ESCAPE.length) : key] = value;
	}
	return {
		kind: kind as PlanObjectKind,
		objectType,
		code,
		codeList: codeList as PlanCodeList,
		status,
		name,
		objectId,
		attributes
	};
}

function ownHeader(plan: Record<string, unknown>): PlanHeader {
	const text = (v: unknown) =>
		typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
	const municipality = text(plan.municipality);
	return {
		municipality:
			municipality && /^\d{1,3}$/.test(municipality) ? municipality.padStart(4, '0') : municipality,
		planId: text(plan.planId),
		name: text(plan.name),
		law: plan.law === 'pbl1985' || plan.law === 'pbl2008' ? plan.law : null,
		format: 'GeoJSON'
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
