import { getTableColumns, inArray, sql } from 'drizzle-orm';
import { buildings } from '$db/schema';
import { GeometryError, ReasonInvalidGeometry } from '$lib/errors';
import type { BuildingRecord } from '$lib/buildings/types';
import type { Db } from '../db/handle';
import { queryRows } from '../db/rows';
import type { Tx } from '../db/transaction';
import { toRow, type NewBuildingRow } from './building-row';

export interface SaveReport {
	inserted: string[];
	updated: string[];
	unchanged: string[];
	/** With `keepExisting`, buildings already in the register that were left as they are. */
	kept: string[];
}

export interface SaveOptions {
	/** Seeding sample data must never overwrite what the team has edited: insert only. */
	keepExisting?: boolean;
}

/** Rows per INSERT: 29 parameters a row stays far below PostgreSQL's 65 535 per statement. */
const CHUNK = 500;

/**
 * Writes buildings matched on building number, inside the caller's transaction. Every
 * footprint is checked by PostGIS first, so one invalid polygon stops the whole write with
 * its building number named. Rows whose content hash is unchanged are not touched, which
 * makes a repeated import a no-op (no new updated_at, no audit noise).
 */
export async function saveBuildings(
	tx: Tx | Db,
	records: BuildingRecord[],
	options: SaveOptions = {}
): Promise<SaveReport> {
	await assertValidFootprints(tx, records);
	const rows = records.map(toRow);
	const existing = await existingHashes(
		tx,
		rows.map((r) => r.buildingNumber)
	);
	const report: SaveReport = { inserted: [], updated: [], unchanged: [], kept: [] };
	const toWrite: NewBuildingRow[] = [];
	for (const row of rows) {
		const hash = existing.get(row.buildingNumber);
		if (hash === undefined) report.inserted.push(row.buildingNumber);
		else if (options.keepExisting) report.kept.push(row.buildingNumber);
		else if (hash === row.contentHash) report.unchanged.push(row.buildingNumber);
		else report.updated.push(row.buildingNumber);
		if (hash === undefined || (!options.keepExisting && hash !== row.contentHash))
			toWrite.push(row);
	}
	for (let i = 0; i < toWrite.length; i += CHUNK) {
		await tx
			.insert(buildings)
			.values(toWrite.slice(i, i + CHUNK))
			.onConflictDoUpdate({ target: buildings.buildingNumber, set: updateFromExcluded() });
	}
	return report;
}

/** Building number → content hash of what the register holds now. */
export async function existingHashes(db: Tx | Db, numbers: string[]): Promise<Map<string, string>> {
	const found = new Map<string, string>();
	for (let i = 0; i < numbers.length; i += 5000) {
		const rows = await db
			.select({ number: buildings.buildingNumber, hash: buildings.contentHash })
			.from(buildings)
			.where(inArray(buildings.buildingNumber, numbers.slice(i, i + 5000)));
		for (const r of rows) found.set(r.number, r.hash);
	}
	return found;
}

/** Every column but the key and id takes the incoming value; updated_at becomes now(). */
function updateFromExcluded() {
	const set: Record<string, unknown> = { updatedAt: sql`now()` };
	for (const [key, column] of Object.entries(getTableColumns(buildings))) {
		if (['id', 'buildingNumber', 'updatedAt', 'geom'].includes(key)) continue;
		set[key] = sql.raw(`excluded."${column.name}"`);
	}
	return set;
}

/**
 * One query for all footprints: PostGIS names the first invalid one. Checked before the
 * insert because on PGlite a GEOS error inside a later query would silently return nothing.
 */
async function assertValidFootprints(db: Tx | Db, records: BuildingRecord[]): Promise<void> {
	const footprints = records.flatMap((r) =>
		r.footprint ? [{ number: r.attributes.buildingNumber, geojson: r.footprint }] : []
	);
	if (footprints.length === 0) return;
	const invalid = await queryRows<{ number: string; reason: string }>(
		db,
		sql`SELECT f->>'number' AS number, ST_IsValidReason(ST_GeomFromGeoJSON(f->'geojson')) AS reason
			FROM jsonb_array_elements(${JSON.stringify(footprints)}::jsonb) AS f
			WHERE NOT ST_IsValid(ST_GeomFromGeoJSON(f->'geojson'))
			LIMIT 1`
	);
	const [first] = invalid;
	if (first) {
		throw new GeometryError(ReasonInvalidGeometry, first.reason, { feature: first.number });
	}
}
