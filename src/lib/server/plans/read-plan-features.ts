import { asc, eq, getTableColumns } from 'drizzle-orm';
import { planFeatures } from '$db/schema';
import type { PlanCodeList, PlanFeature, PlanObjectKind } from '$lib/plans/types';
import type { Db } from '../db/handle';
import type { Tx } from '../db/transaction';

/** Every column but the map's Web Mercator copy, which only the tile queries read. */
const { geom3857: _tileCopy, ...storedColumns } = getTableColumns(planFeatures);

/** A stored feature with what only a merged plan has. */
export interface StoredPlanFeature {
	feature: PlanFeature;
	provenance: unknown;
	unresolved: boolean;
}

/**
 * A plan's areas as the plan model (EPSG:25832, MultiPolygons as stored), in key order so
 * every consumer (merge, export, tests) sees the same sequence.
 * @example const features = (await readPlanFeatures(db, 3)).map((s) => s.feature);
 */
export async function readPlanFeatures(db: Db | Tx, planRef: number): Promise<StoredPlanFeature[]> {
	const rows = await db
		.select(storedColumns)
		.from(planFeatures)
		.where(eq(planFeatures.planRef, planRef))
		.orderBy(asc(planFeatures.featureKey));
	return rows.map((row) => ({
		feature: {
			type: 'Feature',
			geometry: row.geom,
			properties: {
				kind: row.kind as PlanObjectKind,
				objectType: row.objectType,
				code: row.code,
				codeList: row.codeList as PlanCodeList,
				status: row.status,
				name: row.name,
				objectId: row.featureKey,
				attributes: row.attributes as Record<string, string | number>
			}
		},
		provenance: row.provenance,
		unresolved: row.unresolved
	}));
}
