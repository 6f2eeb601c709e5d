import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { municipalities } from '$db/schema';
import { squareMetresToKm2 } from '$lib/geometry/area';
import type { Db } from '../db/handle';
import { overlayQuery } from '../db/require-rows';
import { queryRows } from '../db/rows';
import { withTransaction, type Tx } from '../db/transaction';
import { assertValidGeometry } from '../db/validate-geometry';
import { readDatasets } from './datasets';
import { readBoundaries } from './read-boundaries';

export interface SeedReport {
	inserted: string[];
	updated: string[];
	unchanged: string[];
	/** The computed new municipality against the officially published outline. */
	comparisons: BoundaryComparison[];
}

export interface BoundaryComparison {
	number: string;
	unionKm2: number;
	referenceKm2: number;
	symmetricDifferenceKm2: number;
	intersectionOverUnion: number;
}

type Row = typeof municipalities.$inferInsert;

/**
 * Loads geodata/municipalities into the database in one transaction: the old municipalities
 * from their file, then each new one as the union of the old (with the shipped outline as
 * reference). Idempotent: rows whose inputs are unchanged (same content hash) are skipped,
 * and any invalid file or geometry stops the seed with nothing written.
 */
export async function seedMunicipalities(db: Db, folder: string): Promise<SeedReport> {
	const datasets = readDatasets(folder);
	const old = readBoundaries(folder, datasets.old.file, datasets.old.numbers);
	const references = datasets.new.map(
		(n) => readBoundaries(folder, n.reference.file, [n.reference.number])[0]!
	);
	const report: SeedReport = { inserted: [], updated: [], unchanged: [], comparisons: [] };

	await withTransaction(db, async (tx) => {
		for (const b of [...old, ...references]) {
			await assertValidGeometry(tx, b.geometry, { file: b.file, feature: b.number });
		}
		for (const b of old) {
			const row: Row = {
				number: b.number,
				name: b.name,
				role: 'old',
				validFrom: datasets.old.validFrom,
				validTo: datasets.old.validTo,
				geom: b.geometry,
				source: datasets.old.source,
				licence: datasets.old.licence,
				contentHash: ''
			};
			row.contentHash = hash(row);
			await upsert(tx, row, report);
		}
		const oldHashes = await tx
			.select({ hash: municipalities.contentHash })
			.from(municipalities)
			.where(
				and(eq(municipalities.role, 'old'), inArray(municipalities.number, datasets.old.numbers))
			)
			.orderBy(municipalities.number);
		for (const [i, entry] of datasets.new.entries()) {
			const reference = references[i]!;
			const row: Row = {
				number: entry.number,
				name: entry.name,
				role: 'new',
				validFrom: entry.validFrom,
				validTo: entry.validTo,
				geom: reference.geometry, // replaced by the union below
				referenceGeom: reference.geometry,
				derivedFrom: `union of ${datasets.old.numbers.join(', ')}`,
				source: `Union of ${datasets.old.source}; reference outline: ${entry.reference.source}`,
				licence: datasets.licence,
				contentHash: hash({ entry, reference: reference.geometry, old: oldHashes })
			};
			if (await upsert(tx, row, report)) await replaceWithUnion(tx, row, datasets.old.numbers);
			report.comparisons.push(await compareWithReference(tx, row));
		}
	});
	return report;
}

/** Inserts or updates one row unless an identical one exists; true if it wrote. */
async function upsert(tx: Tx, row: Row, report: SeedReport): Promise<boolean> {
	const key = `${row.number} (${row.validFrom})`;
	const [existing] = await tx
		.select({ hash: municipalities.contentHash })
		.from(municipalities)
		.where(and(eq(municipalities.number, row.number), eq(municipalities.validFrom, row.validFrom)));
	if (existing?.hash === row.contentHash) {
		report.unchanged.push(key);
		return false;
	}
	await tx
		.insert(municipalities)
		.values(row)
		.onConflictDoUpdate({
			target: [municipalities.number, municipalities.validFrom],
			set: { ...row, updatedAt: sql`now()` }
		});
	(existing ? report.updated : report.inserted).push(key);
	return true;
}

async function replaceWithUnion(tx: Tx, row: Row, numbers: string[]): Promise<void> {
	await overlayQuery('union of the old municipalities', () =>
		queryRows(
			tx,
			sql`UPDATE municipalities SET geom = (
				SELECT ST_Multi(ST_CollectionExtract(ST_Union(geom), 3))
				FROM municipalities
				WHERE role = 'old' AND number IN ${numbers}
			)
			WHERE number = ${row.number} AND valid_from = ${row.validFrom}
			RETURNING id`
		)
	);
}

async function compareWithReference(tx: Tx, row: Row): Promise<BoundaryComparison> {
	const [r] = await overlayQuery('comparison with the reference outline', () =>
		queryRows<{ union_m2: number; reference_m2: number; sym_m2: number; inter_m2: number }>(
			tx,
			sql`SELECT ST_Area(geom) AS union_m2, ST_Area(reference_geom) AS reference_m2,
				ST_Area(ST_SymDifference(geom, reference_geom)) AS sym_m2,
				ST_Area(ST_Intersection(geom, reference_geom)) AS inter_m2
			FROM municipalities WHERE number = ${row.number} AND valid_from = ${row.validFrom}`
		)
	);
	const m2 = (v: number) => squareMetresToKm2(Number(v));
	const union = m2(r!.union_m2);
	const reference = m2(r!.reference_m2);
	const intersection = m2(r!.inter_m2);
	return {
		number: row.number,
		unionKm2: union,
		referenceKm2: reference,
		symmetricDifferenceKm2: m2(r!.sym_m2),
		intersectionOverUnion: intersection / (union + reference - intersection)
	};
}

function hash(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
