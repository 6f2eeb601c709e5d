import { resolve } from 'node:path';
import type { Position } from 'geojson';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProposalError } from '$lib/errors';
import { planarArea } from '$lib/geometry/area';
import { assumeCrs } from '$lib/geometry/types';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { queryRows } from '$lib/server/db/rows';
import { withTransaction } from '$lib/server/db/transaction';
import { seedBuildings } from '$lib/server/buildings/seed-buildings';
import { seedMunicipalities } from '$lib/server/municipalities/seed-municipalities';
import { createProposal } from '$lib/server/zones/create-proposal';
import { ProposalProblemsError, VersionConflictError } from '$lib/server/zones/proposal-errors';
import {
	getProposal,
	listProposals,
	listVersions,
	zonesAsWgs84FeatureCollection
} from '$lib/server/zones/read-proposals';
import { readZoneBoundary } from '$lib/server/zones/read-zone-boundary';
import { restoreVersion } from '$lib/server/zones/restore-version';
import { saveProposal } from '$lib/server/zones/save-proposal';
import { seedSampleProposal } from '$lib/server/zones/seed-sample-proposal';
import { updateProposal } from '$lib/server/zones/update-proposal';
import { checkPartition } from '$lib/zones/check-partition';
import { benchProposal } from '$lib/zones/sample/sample-proposal';
import type { Zone, ZoneGeometry } from '$lib/zones/types';
import { backends } from '../helpers/backends';
import { MUNICIPALITIES_FOLDER } from '../helpers/geodata';
import { rejectionOf } from '../helpers/rejection';

/** What must come out the same on both backends: the seeded sample, coordinates and all. */
const sampleFingerprints: string[] = [];

/** Every coordinate of two geometries of the same shape within `tolerance` metres. */
function expectSameGeometry(actual: ZoneGeometry, expected: ZoneGeometry, tolerance = 1e-6) {
	expect(actual.type).toBe(expected.type);
	const flat = (g: ZoneGeometry): Position[] =>
		g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2);
	const [a, b] = [flat(actual), flat(expected)];
	expect(a.length).toBe(b.length);
	const worst = Math.max(
		...a.map((p, i) => Math.max(Math.abs(p[0]! - b[i]![0]!), Math.abs(p[1]! - b[i]![1]!)))
	);
	expect(worst).toBeLessThanOrEqual(tolerance);
}

function expectSameZones(actual: Zone[], expected: readonly Zone[]) {
	expect(actual.map((z) => [z.id, z.name])).toEqual(expected.map((z) => [z.id, z.name]));
	actual.forEach((zone, i) => expectSameGeometry(zone.geometry, expected[i]!.geometry));
}

/** A square of `side` metres inside Asker (near Heggedal), counter-clockwise. */
function square(x: number, y: number, side: number): ZoneGeometry {
	return assumeCrs(
		{
			type: 'Polygon',
			coordinates: [
				[
					[x, y],
					[x + side, y],
					[x + side, y + side],
					[x, y + side],
					[x, y]
				]
			]
		},
		25832
	);
}

describe.each(backends)('zone proposals on $name', (backend) => {
	let handle: DatabaseHandle;
	/** Six zones that exactly cover the municipality (checked in the first test). */
	let partition: Zone[];

	const counts = async () =>
		(
			await queryRows<{ proposals: number; versions: number; zones: number }>(
				handle.db,
				sql`SELECT (SELECT count(*)::int FROM zone_proposals) AS proposals,
					(SELECT count(*)::int FROM zone_proposal_versions) AS versions,
					(SELECT count(*)::int FROM zones) AS zones`
			)
		)[0]!;

	beforeAll(async () => {
		handle = await backend.open();
		await seedMunicipalities(handle.db, MUNICIPALITIES_FOLDER);
		partition = benchProposal(await readZoneBoundary(handle.db), 6, 11);
	});
	afterAll(() => handle?.close());

	it('seeds a sample proposal from the schools that is an exact partition', async () => {
		await withTransaction(handle.db, (tx) =>
			seedBuildings(tx, resolve('geodata/buildings/buildings.geojson'))
		);
		const seeded = (await seedSampleProposal(handle.db))!;
		expect(seeded.name).toMatch(/^Eksempel/);
		expect(seeded.status).toBe('draft');
		expect(seeded.version).toBe(1);
		expect(seeded.problemCount).toBe(0);
		const { zones } = await getProposal(handle.db, seeded.id);
		expect(zones.length).toBeGreaterThanOrEqual(3);
		const boundary = await readZoneBoundary(handle.db);
		expect(checkPartition({ zones, boundary })).toEqual([]);
		const total = zones.reduce((sum, z) => sum + planarArea(z.geometry), 0);
		// Equal up to the 1 mm grid the fix rounds new crossings to (a few m² along the coast).
		expect(total / planarArea(boundary)).toBeCloseTo(1, 6);
		sampleFingerprints.push(JSON.stringify(zones));
		expect(sampleFingerprints.every((f) => f === sampleFingerprints[0])).toBe(true);
	});

	it('does not seed the sample again once a proposal exists', async () => {
		const before = await counts();
		expect(await seedSampleProposal(handle.db)).toBeNull();
		expect(await counts()).toEqual(before);
	});

	it('creates an empty draft at version 0', async () => {
		const created = await createProposal(handle.db, { name: ' Tom ', description: 'Ingen soner' });
		expect(created).toMatchObject({
			name: 'Tom',
			description: 'Ingen soner',
			status: 'draft',
			version: 0,
			zoneCount: 0,
			problemCount: 0,
			savedAt: null,
			copiedFrom: null
		});
		expect((await listProposals(handle.db)).map((p) => p.id)).toContain(created.id);
		const document = await getProposal(handle.db, created.id);
		expect(document).toMatchObject({ version: 0, zones: [] });
		expect(await listVersions(handle.db, created.id)).toEqual([]);
	});

	it('stores initial zones as version 1 and reads them back exactly', async () => {
		expect(
			checkPartition({ zones: partition, boundary: await readZoneBoundary(handle.db) })
		).toEqual([]);
		const created = await createProposal(handle.db, { name: 'Seks', zones: partition });
		expect(created).toMatchObject({ version: 1, zoneCount: 6, problemCount: 0 });
		const document = await getProposal(handle.db, created.id);
		expect(document.version).toBe(1);
		expectSameZones(document.zones, partition);
	});

	it('keeps a MultiPolygon a MultiPolygon and full-precision coordinates', async () => {
		const a = square(584_000.123456789, 6_631_000.987654321, 100);
		const b = square(584_500.000000123, 6_631_000.5, 50);
		const twoParts = assumeCrs(
			{ type: 'MultiPolygon', coordinates: [a.coordinates, b.coordinates] as Position[][][] },
			25832
		);
		const zones: Zone[] = [
			{ id: 'to', name: 'To deler', geometry: twoParts },
			{ id: 'en', name: 'Én del', geometry: square(585_000.25, 6_631_000.75, 10) }
		];
		const { id } = await createProposal(handle.db, { name: 'Presisjon', zones });
		const document = await getProposal(handle.db, id);
		expectSameZones(document.zones, zones);
		expect(document.zones.map((z) => z.geometry.type)).toEqual(['MultiPolygon', 'Polygon']);
	});

	it('gives the map the zones in degrees with id, name and area', async () => {
		const { id } = await createProposal(handle.db, {
			name: 'Kart',
			zones: [{ id: 'k', name: 'Kvadrat', geometry: square(584_000, 6_631_000, 1000) }]
		});
		const collection = await zonesAsWgs84FeatureCollection(handle.db, id);
		expect(collection.features).toHaveLength(1);
		const [feature] = collection.features;
		expect(feature!.properties).toEqual({ id: 'k', name: 'Kvadrat', area: 1_000_000 });
		// 584 000 E, 6 631 000 N in UTM 32 is about 10.5° E, 59.8° N (Asker).
		const [lon, lat] = (feature!.geometry.coordinates as Position[][])[0]![0]!;
		expect(lon).toBeGreaterThan(10.4);
		expect(lon).toBeLessThan(10.6);
		expect(lat).toBeGreaterThan(59.7);
		expect(lat).toBeLessThan(59.9);
	});

	it('saves versions one after another and lists them newest first', async () => {
		const { id } = await createProposal(handle.db, { name: 'Historikk' });
		const first = await saveProposal(handle.db, id, {
			baseVersion: 0,
			zones: partition,
			note: 'én'
		});
		const renamed = partition.map((z, i) => (i === 0 ? { ...z, name: 'Nytt navn' } : z));
		const second = await saveProposal(handle.db, id, {
			baseVersion: 1,
			zones: renamed,
			note: 'to'
		});
		expect([first.version, second.version]).toEqual([1, 2]);
		expect(second.problems).toEqual([]);
		const versions = await listVersions(handle.db, id);
		expect(versions.map((v) => [v.version, v.note, v.zoneCount, v.problemCount])).toEqual([
			[2, 'to', 6, 0],
			[1, 'én', 6, 0]
		]);
		expect(versions[0]!.savedAt).toBe(second.savedAt);
		expect((await getProposal(handle.db, id)).zones[0]!.name).toBe('Nytt navn');
		expect((await getProposal(handle.db, id, 1)).zones[0]!.name).toBe(partition[0]!.name);
	});

	it('refuses a stale save with the current version and its time, and stores nothing', async () => {
		const { id } = await createProposal(handle.db, { name: 'Konflikt', zones: partition });
		const newest = await saveProposal(handle.db, id, {
			baseVersion: 1,
			zones: partition,
			note: ''
		});
		const before = await counts();
		const error = await rejectionOf<VersionConflictError>(
			saveProposal(handle.db, id, { baseVersion: 1, zones: partition.slice(1), note: 'gammel' })
		);
		expect(error).toBeInstanceOf(VersionConflictError);
		expect(error.reason).toBe('version-conflict');
		expect(error.currentVersion).toBe(2);
		expect(error.savedAt).toBe(newest.savedAt);
		expect(await counts()).toEqual(before);
		expect((await getProposal(handle.db, id)).zones).toHaveLength(6);
	});

	it('lets exactly one of two concurrent saves from the same base win', async () => {
		const { id } = await createProposal(handle.db, { name: 'Samtidig', zones: partition });
		const outcomes = await Promise.allSettled([
			saveProposal(handle.db, id, { baseVersion: 1, zones: partition, note: 'A' }),
			saveProposal(handle.db, id, { baseVersion: 1, zones: partition.slice(0, 5), note: 'B' })
		]);
		const won = outcomes.filter((o) => o.status === 'fulfilled');
		const lost = outcomes.filter((o) => o.status === 'rejected');
		expect(won).toHaveLength(1);
		expect(lost).toHaveLength(1);
		expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflictError);
		const versions = await listVersions(handle.db, id);
		expect(versions.map((v) => v.version)).toEqual([2, 1]);
		const winnerNote = outcomes[0]!.status === 'fulfilled' ? 'A' : 'B';
		expect(versions[0]!.note).toBe(winnerNote);
	});

	it('lets a draft hold a gap and counts it, but not a proposal put forward', async () => {
		const { id } = await createProposal(handle.db, { name: 'Hull', zones: partition });
		const missing = partition[2]!;
		const withGap = partition.filter((z) => z !== missing);
		const saved = await saveProposal(handle.db, id, { baseVersion: 1, zones: withGap, note: '' });
		expect(saved.problemCount).toBe(saved.problems.length);
		expect(saved.problems.every((p) => p.kind === 'gap')).toBe(true);
		// The gap is exactly the zone left out (it may touch the coast in several pieces).
		const gapArea = saved.problems.reduce((sum, p) => sum + p.area, 0);
		expect(gapArea / planarArea(missing.geometry)).toBeCloseTo(1, 6);
		expect(saved.problemsByKind.gap).toBe(saved.problems.length);
		expect((await listVersions(handle.db, id))[0]!.problemCount).toBe(saved.problems.length);

		const refused = await rejectionOf<ProposalError>(
			updateProposal(handle.db, id, { status: 'proposed' })
		);
		expect(refused.reason).toBe('proposal-has-problems');

		await saveProposal(handle.db, id, { baseVersion: 2, zones: partition, note: 'tett' });
		expect((await updateProposal(handle.db, id, { status: 'proposed' })).status).toBe('proposed');
		const before = await counts();
		const error = await rejectionOf<ProposalProblemsError>(
			saveProposal(handle.db, id, { baseVersion: 3, zones: withGap, note: '' })
		);
		expect(error).toBeInstanceOf(ProposalProblemsError);
		expect(error.problems.length).toBeGreaterThan(0);
		expect(await counts()).toEqual(before);
		expect((await getProposal(handle.db, id)).proposal.version).toBe(3);
	});

	it('refuses to put forward a proposal without zones and allows going back to draft', async () => {
		const { id } = await createProposal(handle.db, { name: 'Status' });
		const empty = await rejectionOf<ProposalError>(
			updateProposal(handle.db, id, { status: 'adopted' })
		);
		expect(empty.reason).toBe('proposal-has-no-zones');
		await saveProposal(handle.db, id, { baseVersion: 0, zones: partition, note: '' });
		const adopted = await updateProposal(handle.db, id, { status: 'adopted', name: 'Vedtatt' });
		expect([adopted.status, adopted.name]).toEqual(['adopted', 'Vedtatt']);
		expect((await updateProposal(handle.db, id, { status: 'draft' })).status).toBe('draft');
		const missing = await rejectionOf<ProposalError>(
			updateProposal(handle.db, 999_999, { name: 'x' })
		);
		expect(missing.reason).toBe('proposal-not-found');
	});

	it('restores an older version as a new one', async () => {
		const { id } = await createProposal(handle.db, { name: 'Gjenopprett', zones: partition });
		const five = partition.slice(0, 5);
		await saveProposal(handle.db, id, { baseVersion: 1, zones: five, note: 'fem' });
		const restored = await restoreVersion(handle.db, id, { version: 1, baseVersion: 2 });
		expect(restored.version).toBe(3);
		const document = await getProposal(handle.db, id);
		expectSameZones(document.zones, partition);
		expect((await listVersions(handle.db, id))[0]!.note).toBe('Gjenopprettet versjon 1');
		const stale = await rejectionOf(restoreVersion(handle.db, id, { version: 2, baseVersion: 2 }));
		expect(stale).toBeInstanceOf(VersionConflictError);
		const unknown = await rejectionOf<ProposalError>(
			restoreVersion(handle.db, id, { version: 9, baseVersion: 3 })
		);
		expect(unknown.reason).toBe('version-not-found');
	});

	it('copies the newest version of another proposal', async () => {
		const source = await createProposal(handle.db, { name: 'Kilde', zones: partition });
		await saveProposal(handle.db, source.id, {
			baseVersion: 1,
			zones: partition.slice(0, 4),
			note: ''
		});
		const copy = await createProposal(handle.db, { name: 'Kopi', copyFrom: source.id });
		expect(copy).toMatchObject({
			copiedFrom: source.id,
			version: 1,
			zoneCount: 4,
			status: 'draft'
		});
		expectSameZones((await getProposal(handle.db, copy.id)).zones, partition.slice(0, 4));
		expect((await listVersions(handle.db, copy.id))[0]!.note).toBe('Kopi av «Kilde», versjon 2');
		expect((await getProposal(handle.db, source.id)).proposal.version).toBe(2);
	});

	it('refuses an invalid zone by name and a repeated id, storing nothing', async () => {
		const { id } = await createProposal(handle.db, { name: 'Ugyldig', zones: partition });
		const before = await counts();
		const bowTie: Zone = {
			id: 'sløyfe',
			name: 'Vollen',
			geometry: assumeCrs(
				{
					type: 'Polygon',
					coordinates: [
						[
							[584_000, 6_631_000],
							[584_100, 6_631_100],
							[584_100, 6_631_000],
							[584_000, 6_631_100],
							[584_000, 6_631_000]
						]
					]
				},
				25832
			)
		};
		const invalid = await rejectionOf<ProposalError>(
			saveProposal(handle.db, id, { baseVersion: 1, zones: [...partition, bowTie], note: '' })
		);
		expect(invalid.reason).toBe('invalid-zone-geometry');
		expect(invalid.location.feature).toBe('Vollen');

		const infinite: Zone = { id: 'inf', name: 'Uendelig', geometry: square(Infinity, 0, 10) };
		const nonFinite = await rejectionOf<ProposalError>(
			saveProposal(handle.db, id, { baseVersion: 1, zones: [infinite], note: '' })
		);
		expect(nonFinite.reason).toBe('invalid-zone-geometry');

		const twice = [...partition, { ...partition[0]!, name: 'Kopi' }];
		const duplicate = await rejectionOf<ProposalError>(
			saveProposal(handle.db, id, { baseVersion: 1, zones: twice, note: '' })
		);
		expect(duplicate.reason).toBe('duplicate-zone');
		expect(await counts()).toEqual(before);
	});

	it('leaves everything unchanged when a save fails part-way', async () => {
		const { id } = await createProposal(handle.db, { name: 'Avbrutt', zones: partition });
		// A trigger that fails on the last zone's row: after the version was claimed, the
		// history row written and the other zones inserted.
		await queryRows(
			handle.db,
			sql.raw(`CREATE FUNCTION fail_on_boom() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
					IF NEW.zone_key = 'boom' THEN RAISE EXCEPTION 'injected failure'; END IF;
					RETURN NEW;
				END $$`)
		);
		await queryRows(
			handle.db,
			sql.raw(`CREATE TRIGGER zones_fail BEFORE INSERT ON zones
				FOR EACH ROW EXECUTE FUNCTION fail_on_boom()`)
		);
		try {
			const before = await counts();
			const boom = { ...partition[5]!, id: 'boom' };
			const error = await rejectionOf(
				saveProposal(handle.db, id, {
					baseVersion: 1,
					zones: [...partition.slice(0, 5), boom],
					note: 'feiler'
				})
			);
			expect(String((error as Error).cause ?? error)).toMatch(/injected failure/);
			expect(await counts()).toEqual(before);
			const document = await getProposal(handle.db, id);
			expect(document.proposal.version).toBe(1);
			expectSameZones(document.zones, partition);
			// The proposal still accepts the save it would have accepted before.
			const next = await saveProposal(handle.db, id, {
				baseVersion: 1,
				zones: partition,
				note: ''
			});
			expect(next.version).toBe(2);
		} finally {
			await queryRows(handle.db, sql.raw('DROP TRIGGER zones_fail ON zones'));
			await queryRows(handle.db, sql.raw('DROP FUNCTION fail_on_boom()'));
		}
	});
});
