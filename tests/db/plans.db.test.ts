import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParseError } from '$lib/errors';
import { parseNpadGml } from '$lib/formats/gml/parse';
import { parseSosi } from '$lib/formats/sosi/parse';
import { planarArea } from '$lib/geometry/area';
import { assumeCrs } from '$lib/geometry/types';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { queryRows } from '$lib/server/db/rows';
import { seedMunicipalities } from '$lib/server/municipalities/seed-municipalities';
import { exportPlan } from '$lib/server/plans/export-plan';
import { importPlans } from '$lib/server/plans/import-plans';
import { getPlan } from '$lib/server/plans/read-plans';
import { runMerge } from '$lib/server/plans/run-merge';
import { renderTile } from '$lib/server/tiles/render-tile';
import { tileLayer } from '$lib/server/tiles/tile-layers';
import { backends } from '../helpers/backends';
import { decodeTile, tileArea } from '../helpers/decode-tile';
import { MUNICIPALITIES_FOLDER } from '../helpers/geodata';

const PLANS = resolve('geodata/plans');
const SAMPLE_FILES = ['asker-0220-kpa.gml', 'royken-0627-kpa.sos', 'hurum-0628-kpa.geojson'];
const upload = (fileName: string) => ({ fileName, bytes: readFileSync(join(PLANS, fileName)) });

interface Defect {
	id: string;
	kind: string;
	expected: { conflict: string; rule: string } | null;
	point: [number, number] | null;
	objectIds: string[];
}

/** Conflicts about a code carry no geometry: they point at the object instead. */
const ATTRIBUTE_CONFLICTS = new Set(['unknown-code', 'harmonised-code']);
const DEFECTS = (
	JSON.parse(readFileSync(join(PLANS, 'defects.json'), 'utf8')) as { defects: Defect[] }
).defects;

/** What must come out the same on both backends: conflicts and the account, rounded. */
const fingerprints: Record<string, unknown> = {};

const count = async (handle: DatabaseHandle, table: string) =>
	(
		await queryRows<{ n: number }>(
			handle.db,
			sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`
		)
	)[0]!.n;

describe.each(backends)('plan import and merge on $name', (backend) => {
	let handle: DatabaseHandle;
	let mergedId: number;
	beforeAll(async () => {
		handle = await backend.open();
		await seedMunicipalities(handle.db, MUNICIPALITIES_FOLDER);
	});
	afterAll(() => handle?.close());

	it('refuses a batch with one broken file and stores none of it', async () => {
		const truncated = {
			fileName: 'avkortet.sos',
			bytes: readFileSync(join(PLANS, 'royken-0627-kpa.sos')).subarray(0, 4000)
		};
		await expect(importPlans(handle.db, [upload(SAMPLE_FILES[0]!), truncated])).rejects.toThrow(
			ParseError
		);
		expect(await count(handle, 'plans')).toBe(0);
		expect(await count(handle, 'plan_features')).toBe(0);
	});

	it('imports the three sample plans with their municipality, CRS and law', async () => {
		const imported = await importPlans(handle.db, SAMPLE_FILES.map(upload));
		expect(imported.map((p) => [p.municipality, p.sourceSrid, p.law])).toEqual([
			['0220', 25832, 'pbl2008'],
			['0627', 25832, 'pbl2008'],
			['0628', 25833, 'pbl1985']
		]);
		for (const plan of imported) {
			expect(plan.unchanged).toBe(false);
			const stored = await queryRows<{ n: number }>(
				handle.db,
				sql`SELECT count(*)::int AS n FROM plan_features WHERE plan_ref = ${plan.id}`
			);
			expect(stored[0]!.n).toBe(plan.featureCount);
		}
	});

	it('recognises a file imported before and stores nothing again', async () => {
		const before = await count(handle, 'plan_features');
		const [again] = await importPlans(handle.db, [upload(SAMPLE_FILES[1]!)]);
		expect(again!.unchanged).toBe(true);
		expect(await count(handle, 'plan_features')).toBe(before);
	});

	it('merges the plans, conserving area to within 1 m² per km²', async () => {
		const summary = await runMerge(handle.db);
		mergedId = summary.id;
		expect(summary.sources.map((s) => s.municipality)).toEqual(['0220', '0627', '0628']);
		const plan = await getPlan(handle.db, mergedId);
		const { totals } = plan.report!.account;
		const expected =
			totals.before - totals.clipped - totals.overlapRemoved + totals.slivered + totals.unresolved;
		const boundaryKm2 = totals.boundaryArea / 1e6;
		expect(Math.abs(expected - totals.after) / boundaryKm2).toBeLessThan(1);
		// What the database holds is what the merge computed.
		const [stored] = await queryRows<{ area: number }>(
			handle.db,
			sql`SELECT sum(ST_Area(geom))::float8 AS area FROM plan_features
				WHERE plan_ref = ${mergedId} AND kind = 'landuse'`
		);
		expect(Math.abs(stored!.area - totals.after) / boundaryKm2).toBeLessThan(1);
		// The land-use mosaic covers the new municipality (holes between the old polygons
		// included): every gap went to a neighbour or became an unresolved area.
		expect(Math.abs(totals.boundaryArea - totals.after) / boundaryKm2).toBeLessThan(1);
	});

	it('lists every seeded defect as a conflict with the rule applied, where it was seeded', async () => {
		const expectedDefects = DEFECTS.filter((d) => d.expected !== null);
		expect(expectedDefects.length).toBeGreaterThan(10);
		for (const defect of expectedDefects) {
			const [objectId] = defect.objectIds;
			const where = ATTRIBUTE_CONFLICTS.has(defect.expected!.conflict)
				? objectId
					? sql`AND objects @> ${JSON.stringify([{ objectId }])}::jsonb`
					: sql``
				: sql`AND geom IS NOT NULL AND ST_DWithin(geom, ST_SetSRID(ST_MakePoint(${defect.point![0]}, ${defect.point![1]}), 25832), 1)`;
			const rows = await queryRows<{ key: string }>(
				handle.db,
				sql`SELECT issue_key AS key FROM plan_issues
					WHERE plan_ref = ${mergedId!} AND stage = 'merge'
					AND type = ${defect.expected!.conflict} AND rule = ${defect.expected!.rule} ${where}`
			);
			expect(rows.length, `${defect.id} (${defect.kind})`).toBeGreaterThan(0);
		}
	});

	it('draws the merged plan in tiles without a polygon folding over the whole tile', async () => {
		// Asker, Røyken and Hurum lie within tiles 269–270 × 148–150 at z9 (and their children
		// at z10), each far larger than any one land-use area: no feature may fill half a tile.
		const layer = tileLayer('arealdel', new URLSearchParams(`plan=${mergedId}`));
		let features = 0;
		for (const z of [9, 10]) {
			const f = 2 ** (z - 9);
			for (let x = 269 * f; x < 271 * f; x++) {
				for (let y = 148 * f; y < 151 * f; y++) {
					const decoded = decodeTile(await renderTile(handle, layer, { z, x, y }));
					for (const feature of decoded.arealdel ?? []) {
						features++;
						expect(
							Math.abs(tileArea(feature).area),
							`${feature.properties.key} in ${z}/${x}/${y}`
						).toBeLessThan(4096 * 4096 * 0.5);
					}
				}
			}
		}
		expect(features).toBeGreaterThan(600);
	});

	it('exports the merged plan as SOSI and GML that read back with the same areas', async () => {
		const plan = await getPlan(handle.db, mergedId);
		const sosi = await exportPlan(handle.db, mergedId, 'sosi');
		const gml = await exportPlan(handle.db, mergedId, 'gml');
		const fromSosi = parseSosi(sosi.body as Uint8Array);
		const fromGml = parseNpadGml(gml.body as string);
		for (const read of [fromSosi, fromGml]) {
			const landuse = read.features.filter((f) => f.properties.kind === 'landuse');
			const area = landuse.reduce((sum, f) => sum + planarArea(assumeCrs(f.geometry, 25832)), 0);
			expect(read.srid).toBe(25832);
			expect(read.header.municipality).toBe(plan.municipality);
			// Both files hold millimetres, as the merge computed them.
			const { after, boundaryArea } = plan.report!.account.totals;
			expect(Math.abs(area - after) / (boundaryArea / 1e6)).toBeLessThan(0.01);
		}
		fingerprints[backend.name] = {
			account: plan.report!.account.rows.map((r) => ({
				...r,
				before: Math.round(r.before),
				after: Math.round(r.after)
			})),
			conflicts: plan.issues.map((i) => [i.key, i.type, i.rule, Math.round(i.area * 100) / 100])
		};
	});
});

describe('both backends', () => {
	it.runIf(backends.length > 1)('give the same merge: same conflicts, same account', () => {
		expect(fingerprints.pglite).toBeDefined();
		expect(fingerprints.postgres).toEqual(fingerprints.pglite);
	});
});
