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
}

/*
 * Buildings and arealdel join this registry when their tables exist (their issues); the
 * municipalities are served too so the tile path is exercised on real data from day one.
 */
const LAYERS: Record<string, TileLayer> = {
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
