import type { MultiPolygon } from 'geojson';
import { asc, eq, getTableColumns, sql } from 'drizzle-orm';
import { buildings } from '$db/schema';
import type { BuildingDetails, BuildingSearchEntry, BuildingSummary } from '$lib/buildings/types';
import type { Wgs84 } from '$lib/geometry/types';
import type { Db } from '../db/handle';
import type { Tx } from '../db/transaction';
import { attributesOf, type BuildingRow } from './building-row';

/** Columns for a summary: no geometry, only the position as lon/lat computed by PostGIS. */
const { position: _p, footprint: _f, geom: _g, ...attributeColumns } = getTableColumns(buildings);
const summaryColumns = {
	...attributeColumns,
	lon: sql<number>`ST_X(ST_Transform(${buildings.position}, 4326))`.mapWith(Number),
	lat: sql<number>`ST_Y(ST_Transform(${buildings.position}, 4326))`.mapWith(Number)
};

type SummaryRow = Omit<BuildingRow, 'position' | 'footprint' | 'geom'> & {
	lon: number;
	lat: number;
};

function toSummary(row: SummaryRow): BuildingSummary {
	// Properties added one by one in a fixed order, not `{ ...attributes, id, … }`: on Node 20
	// each spread result got its own hidden class, which made aggregating 10 000 of these
	// 5–6× slower (bench/property.bench.ts).
	const summary = attributesOf(row) as BuildingSummary;
	summary.id = row.id;
	summary.lon = row.lon;
	summary.lat = row.lat;
	summary.updatedAt = row.updatedAt.toISOString();
	return summary;
}

/** Every building in the register, ordered by name then number (the table's default). */
export async function listBuildings(db: Db): Promise<BuildingSummary[]> {
	const rows = await db
		.select(summaryColumns)
		.from(buildings)
		.orderBy(asc(buildings.name), asc(buildings.buildingNumber));
	return rows.map(toSummary);
}

/** One building by its building number, or null. */
export async function getBuilding(
	db: Db | Tx,
	buildingNumber: string
): Promise<BuildingDetails | null> {
	const [row] = await db
		.select({
			...summaryColumns,
			footprint: sql<string | null>`ST_AsGeoJSON(ST_Transform(${buildings.footprint}, 4326), 7)`
		})
		.from(buildings)
		.where(eq(buildings.buildingNumber, buildingNumber));
	if (!row) return null;
	const { footprint, ...summary } = row;
	return {
		...toSummary(summary),
		footprint: footprint ? (JSON.parse(footprint) as Wgs84<MultiPolygon>) : null,
		version: summary.version
	};
}

/** Every building's name, address and position, for the map's type-ahead search. */
export async function listBuildingSearchEntries(db: Db): Promise<BuildingSearchEntry[]> {
	return db
		.select({
			number: buildings.buildingNumber,
			name: buildings.name,
			address: buildings.address,
			category: buildings.category,
			lon: summaryColumns.lon,
			lat: summaryColumns.lat
		})
		.from(buildings)
		.orderBy(asc(buildings.name));
}
