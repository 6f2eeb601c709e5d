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
 * Arealdel joins this registry when its tables exist (its issue). Buildings come twice:
 * footprints from z13, where one is at least a few pixels wide, and positions below that,
 * where a footprint would be dropped as smaller than a pixel.
 */
const LAYERS: Record<string, TileLayer> = {
	buildings: {
		name: 'buildings',
		table: sql`buildings`,
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

/** The tile layer with this name, or a ParseError (HTTP 404/400 at the edge). */
export function tileLayer(name: string): TileLayer {
	const layer = Object.hasOwn(LAYERS, name) ? LAYERS[name] : undefined;
	if (!layer) throw new ParseError(ReasonUnknownLayer, `no tile layer "${name}"`);
	return layer;
}
