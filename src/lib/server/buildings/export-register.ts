import { asc, getTableColumns, sql } from 'drizzle-orm';
import { buildings } from '$db/schema';
import { efficiencyOverview } from '$lib/efficiency/overview';
import { efficiencyReportRows, REPORT_HEADERS } from '$lib/efficiency/report-table';
import { registerTable, type ExportBuilding } from '$lib/buildings/register-table';
import type { Db } from '../db/handle';
import { listBenchmarks } from '../benchmarks/benchmark-store';
import { overviewPopulation } from '../population/read-population';
import { attributesOf } from './building-row';
import { writeTableFile, type TableSheet } from './write-table-file';

export type TableFormat = 'xlsx' | 'csv';

/** Every building with its geometry as EWKT (mm precision) and its position in metres. */
export async function listForExport(db: Db): Promise<ExportBuilding[]> {
	const { position: _p, footprint: _f, geom: _g, ...columns } = getTableColumns(buildings);
	const rows = await db
		.select({
			...columns,
			ewkt: sql<string>`ST_AsEWKT(${buildings.geom}, 3)`,
			east: sql<number>`ST_X(${buildings.position})`.mapWith(Number),
			north: sql<number>`ST_Y(${buildings.position})`.mapWith(Number)
		})
		.from(buildings)
		.orderBy(asc(buildings.buildingNumber));
	return rows.map((row) => ({
		...attributesOf(row),
		ewkt: row.ewkt,
		east: row.east,
		north: row.north
	}));
}

/** The register as it re-imports: XLSX (one sheet) or `;`-separated CSV. */
export async function exportRegister(db: Db, format: TableFormat): Promise<Uint8Array> {
	const { headers, rows } = registerTable(await listForExport(db));
	return writeTableFile(format, [{ name: 'Bygg', headers, rows }]);
}

/**
 * The efficiency report: per category and old municipality and for the new one, with
 * benchmarks and deviations. XLSX also carries the register and the benchmarks used, so
 * the figures can be checked; CSV holds the report table only (CSV has one table).
 */
export async function exportEfficiencyReport(db: Db, format: TableFormat): Promise<Uint8Array> {
	const [all, benchmarks, population] = await Promise.all([
		listForExport(db),
		listBenchmarks(db),
		overviewPopulation(db)
	]);
	const report: TableSheet = {
		name: 'Arealeffektivitet',
		headers: REPORT_HEADERS,
		rows: efficiencyReportRows(efficiencyOverview(all, population), benchmarks)
	};
	if (format === 'csv') return writeTableFile('csv', [report]);
	const register = registerTable(all);
	return writeTableFile('xlsx', [
		report,
		{ name: 'Bygg', ...register },
		{
			name: 'Normtall',
			headers: [
				'Nøkkel',
				'Indikator',
				'Kategori',
				'Enhet',
				'Verdi',
				'Type',
				'Kilde',
				'År',
				'Merknad'
			],
			rows: benchmarks.map((b) => [
				b.id,
				b.indicator,
				b.category,
				b.unit,
				b.value,
				b.kind,
				b.source,
				b.year,
				[b.yearNote, b.note].filter(Boolean).join('; ') || null
			])
		}
	]);
}

/** The register as GeoJSON (EPSG:4326, RFC 7946): footprints, or positions, with attributes. */
export async function exportRegisterGeoJson(db: Db): Promise<string> {
	const { position: _p, footprint: _f, geom: _g, ...columns } = getTableColumns(buildings);
	const rows = await db
		.select({
			...columns,
			geojson: sql<string>`ST_AsGeoJSON(ST_Transform(${buildings.geom}, 4326), 7)`
		})
		.from(buildings)
		.orderBy(asc(buildings.buildingNumber));
	const features = rows.map((row) => ({
		type: 'Feature',
		geometry: JSON.parse(row.geojson) as unknown,
		properties: attributesOf(row)
	}));
	return JSON.stringify({ type: 'FeatureCollection', features });
}
