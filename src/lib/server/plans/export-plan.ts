import type { MultiPolygon, Polygon } from 'geojson';
import { writePlanGeoJson } from '$lib/formats/geojson/plan';
import { writeNpadGml } from '$lib/formats/gml/write';
import type { PlanFormat } from '$lib/formats/read-plan-file';
import { writeSosi } from '$lib/formats/sosi/write';
import { CANONICAL_SRID } from '$lib/geometry/crs';
import type { PlanDocument, PlanFeature } from '$lib/plans/types';
import type { Db } from '../db/handle';
import { getPlanSummary } from './read-plans';
import { readPlanFeatures } from './read-plan-features';

export interface PlanFile {
	fileName: string;
	contentType: string;
	body: Uint8Array | string;
}

const EXTENSION: Record<PlanFormat, string> = { sosi: 'sos', gml: 'gml', geojson: 'geojson' };
const CONTENT_TYPE: Record<PlanFormat, string> = {
	sosi: 'text/vnd.sosi; charset=iso-8859-10',
	gml: 'application/gml+xml; charset=utf-8',
	geojson: 'application/geo+json; charset=utf-8'
};

/**
 * A stored plan (source or merged) as the plan model, in EPSG:25832. Single-part
 * multipolygons go out as polygons: the database stores every area as a MultiPolygon, the
 * formats (a SOSI FLATE above all) expect one polygon per object.
 * @example const doc = await readPlanDocument(db, 7);
 */
export async function readPlanDocument(db: Db, id: number): Promise<PlanDocument> {
	// The header only: the plan's issues (thousands after a merge) are not part of the file.
	const plan = await getPlanSummary(db, id);
	const stored = await readPlanFeatures(db, id);
	return {
		header: {
			municipality: plan.municipality,
			planId: plan.planId,
			name: plan.name,
			law: plan.law === 'pbl1985' || plan.law === 'pbl2008' ? plan.law : null,
			format: plan.format
		},
		srid: CANONICAL_SRID,
		features: stored.map(({ feature }) => withSimplestGeometry(feature))
	};
}

/**
 * A plan written as SOSI 4.5 (ISO8859-10, which GDAL/FYBA can read), NPAD GML or GeoJSON.
 * @example const file = await exportPlan(db, 7, 'sosi'); // { fileName: '3025KPA2020.sos', … }
 */
export async function exportPlan(db: Db, id: number, format: PlanFormat): Promise<PlanFile> {
	const doc = await readPlanDocument(db, id);
	const body =
		format === 'sosi'
			? // Millimetres, the merge's own grid: the file holds exactly what was computed.
				writeSosi(doc, { unit: 0.001 })
			: format === 'gml'
				? writeNpadGml(doc)
				: writePlanGeoJson(doc);
	const base = (doc.header.planId ?? `plan-${id}`).replace(/[^\w.-]+/g, '_');
	return { fileName: `${base}.${EXTENSION[format]}`, contentType: CONTENT_TYPE[format], body };
}

function withSimplestGeometry(feature: PlanFeature): PlanFeature {
	const g = feature.geometry as Polygon | MultiPolygon;
	if (g.type !== 'MultiPolygon' || g.coordinates.length !== 1) return feature;
	return { ...feature, geometry: { type: 'Polygon', coordinates: g.coordinates[0]! } };
}
