import { sql, type SQL } from 'drizzle-orm';
import { ParseError, ReasonUnknownLayer } from '$lib/errors';

/**
 * A table served as vector tiles. `attributes` become MVT feature properties (same names
 * on both backends); `minZoom` keeps a layer out of tiles where it would be clutter.
 */
export interface TileLayer {
	name: string;
	table: SQL;
	attributes: Record<string, SQL>;
	minZoom: number;
	/** The geometry column of `table` (alias `t`); `geom` when not given. */
	geometryColumn?: string;
	/**
	 * A stored, GiST-indexed EPSG:3857 copy of the geometry column (`geom_3857`), for large
	 * tables: tiles then filter and cut it as it is. Without one, each candidate is
	 * transformed at request time, which is fine for small tables only.
	 */
	mercatorColumn?: string;
}

/*
 * What the map colours buildings by. Ratios are NULL (so absent from the feature) when a
 * denominator is missing or zero, never Infinity; casts keep int8/numeric out, because the
 * drivers return those as strings and the two tile paths must encode the same types.
 */
const BUILDING_ATTRIBUTES = {
	number: sql`t.building_number`,
	name: sql`t.name`,
	category: sql`t.category`,
	municipality: sql`t.municipality`,
	condition: sql`t.condition::int4`,
	bta: sql`t.bta::float8`,
	utilisation: sql`(t.users::float8 / NULLIF(t.capacity, 0))`,
	bta_per_unit: sql`(t.bta / NULLIF(t.capacity, 0))::float8`,
	backlog_per_m2: sql`(t.maintenance_backlog::float8 / NULLIF(t.bta, 0))`,
	sample: sql`t.sample`
};

/*
 * Buildings come twice:
 * footprints from z13, where one is at least a few pixels wide, and positions below that,
 * where a footprint would be dropped as smaller than a pixel.
 */
const LAYERS: Record<string, TileLayer> = {
	buildings: {
		name: 'buildings',
		table: sql`buildings`,
		mercatorColumn: 'geom_3857',
		attributes: BUILDING_ATTRIBUTES,
		minZoom: 13
	},
	'building-points': {
		name: 'building-points',
		table: sql`buildings`,
		geometryColumn: 'position',
		attributes: BUILDING_ATTRIBUTES,
		minZoom: 6
	},
	municipalities: {
		name: 'municipalities',
		table: sql`municipalities`,
		attributes: {
			number: sql`t.number`,
			name: sql`t.name`,
			role: sql`t.role`,
			area_km2: sql`ST_Area(t.geom) / 1e6`
		},
		minZoom: 0
	}
};

/*
 * Plan layers hold many plans (three sources, any number of merges), so their tiles are
 * always of one plan: `/tiles/arealdel/z/x/y?plan=7`. Codes and status travel so the map
 * colours by the official arealformål colours; the key lets a click find the object.
 */
const PLAN_LAYERS: Record<string, (planRef: number) => TileLayer> = {
	arealdel: (planRef) => ({
		name: 'arealdel',
		table: sql`(SELECT * FROM plan_features WHERE plan_ref = ${planRef})`,
		mercatorColumn: 'geom_3857',
		attributes: {
			key: sql`t.feature_key`,
			kind: sql`t.kind`,
			code: sql`t.code`,
			status: sql`t.status`,
			name: sql`t.name`,
			unresolved: sql`t.unresolved`
		},
		minZoom: 0
	}),
	'plan-issues': (planRef) => ({
		name: 'plan-issues',
		table: sql`(SELECT * FROM plan_issues WHERE plan_ref = ${planRef} AND geom IS NOT NULL)`,
		attributes: {
			key: sql`t.issue_key`,
			type: sql`t.type`,
			rule: sql`t.rule`,
			area: sql`t.area::float8`
		},
		// Conflicts are often slivers a few metres wide: keep them at every zoom.
		minZoom: 0
	})
};

/**
 * The tile layer with this name (plan layers need `?plan=<id>`), or a ParseError that the
 * edge answers with 400.
 */
export function tileLayer(name: string, search?: URLSearchParams): TileLayer {
	if (Object.hasOwn(PLAN_LAYERS, name)) {
		const plan = search?.get('plan') ?? '';
		if (!/^[1-9][0-9]{0,8}$/.test(plan)) {
			throw new ParseError(ReasonUnknownLayer, `layer "${name}" needs ?plan=<plan id>`);
		}
		return PLAN_LAYERS[name]!(Number(plan));
	}
	const layer = Object.hasOwn(LAYERS, name) ? LAYERS[name] : undefined;
	if (!layer) throw new ParseError(ReasonUnknownLayer, `no tile layer "${name}"`);
	return layer;
}
