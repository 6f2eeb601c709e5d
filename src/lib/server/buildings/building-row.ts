import { createHash } from 'node:crypto';
import { buildings } from '$db/schema';
import type { BuildingAttributes, BuildingRecord } from '$lib/buildings/types';

export type BuildingRow = typeof buildings.$inferSelect;
export type NewBuildingRow = typeof buildings.$inferInsert;

/**
 * The row a record is stored as; the hash lets a repeated import skip unchanged buildings.
 * Coordinates are stored to the millimetre, the register's precision: an export writes
 * them exactly, so re-importing it reproduces the same geometry and the same hash.
 */
export function toRow(record: BuildingRecord): NewBuildingRow {
	const rounded = {
		...record,
		position: toMillimetres(record.position),
		footprint: record.footprint && toMillimetres(record.footprint)
	};
	return {
		...rounded.attributes,
		position: rounded.position,
		footprint: rounded.footprint,
		contentHash: contentHash(rounded)
	};
}

/** The attributes of a stored row, without database bookkeeping. */
export function attributesOf(
	row: Omit<BuildingRow, 'position' | 'footprint' | 'geom' | 'geom3857'>
): BuildingAttributes {
	return {
		buildingNumber: row.buildingNumber,
		name: row.name,
		address: row.address,
		gnr: row.gnr,
		bnr: row.bnr,
		municipality: row.municipality,
		category: row.category,
		bta: row.bta,
		bra: row.bra,
		yearBuilt: row.yearBuilt,
		tenure: row.tenure,
		annualRent: row.annualRent,
		condition: row.condition,
		conditionByPart: row.conditionByPart,
		maintenanceBacklog: row.maintenanceBacklog,
		value: row.value,
		valueMethod: row.valueMethod,
		valueDate: row.valueDate,
		annualFdvuCost: row.annualFdvuCost,
		capacity: row.capacity,
		capacityUnit: row.capacityUnit,
		users: row.users,
		source: row.source,
		sample: row.sample
	};
}

/**
 * A hash of what a user can change. `source` is left out on purpose: it names the file and
 * date of an import, so including it would make every repeated import "change" every row.
 */
export function contentHash(record: BuildingRecord): string {
	const { source: _source, ...attributes } = record.attributes;
	// The position of a building with a footprint is derived from it, so only the footprint
	// counts; otherwise a re-derived point a fraction of a millimetre off would be a "change".
	const canonical = JSON.stringify([
		sortKeys(attributes),
		toMillimetres(record.footprint ?? record.position)
	]);
	return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

function sortKeys(value: object): [string, unknown][] {
	return Object.entries(value)
		.map(([k, v]): [string, unknown] =>
			v && typeof v === 'object' && !Array.isArray(v) ? [k, sortKeys(v as object)] : [k, v]
		)
		.sort(([a], [b]) => a.localeCompare(b));
}

/** The same geometry with every coordinate rounded to the millimetre. */
function toMillimetres<G>(geometry: G): G {
	return JSON.parse(
		JSON.stringify(geometry, (_key, value: unknown) =>
			typeof value === 'number' ? Math.round(value * 1000) / 1000 : value
		)
	) as G;
}
