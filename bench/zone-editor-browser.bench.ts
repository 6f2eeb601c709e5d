import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../tests/helpers/browser';
import { startApp } from '../tests/helpers/app-server';
import { openPglite } from '../src/lib/server/db/open-pglite';
import { seedAll } from '../src/lib/server/seed';
import { createProposal } from '../src/lib/server/zones/create-proposal';
import { readZoneBoundary } from '../src/lib/server/zones/read-zone-boundary';
import { benchProposal } from '../src/lib/zones/sample/sample-proposal';
import { envCount } from './lib/env-count';
import { percentile } from './lib/percentile';
import { addSession, claimAdmin } from './lib/sign-in';
import { printAligned } from './lib/table';

/**
 * The zone editor's per-edit work in a real browser (headless Chromium, production build,
 * embedded database): one shared-vertex move on a 50-zone proposal over the real boundary
 * (`benchProposal`), then the topology check and the statistics the page shows, with the
 * page's own editor object and statistics function. Target: p95 < 16 ms (one frame).
 * Baseline: the move alone (`apply` of a move-vertex edit). Drawing the map is not included:
 * that is WebGL, software-rendered here.
 */

const MOVES = envCount('BENCH_ZONE_MOVES', 300);
const ZONES = envCount('BENCH_ZONE_EDIT_ZONES', 50);
const TARGET_P95_MS = 16;

const dir = mkdtempSync(join(tmpdir(), 'planbord-bench-zones-'));
const setup = await openPglite(join(dir, 'pglite'));
await setup.migrate();
await seedAll(setup.db);
const boundary = await readZoneBoundary(setup.db);
const proposal = await createProposal(setup.db, {
	name: `Bench: ${ZONES} soner`,
	zones: benchProposal(boundary, ZONES)
});
await setup.close();

const app = await startApp({ PLANBORD_DATA_DIR: dir });
const browser = await launchBrowser();
try {
	// The folder has no accounts yet: the app made `admin`, whose password the bench sets.
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	await addSession(context, app.url, await claimAdmin(app.url, app.output()));
	const page = await context.newPage();
	// tsx (esbuild keepNames) wraps functions in __name(); the page has no such helper.
	await page.addInitScript('window.__name = (f) => f');
	page.on('pageerror', (e) => console.error('page error:', e.message));
	const response = await page.goto(`${app.url}/lokalomrader/${proposal.id}`);
	if (!response?.ok()) throw new Error(`editor answered ${response?.status()}`);
	await page.waitForFunction(
		() => window.planbordZoneEditor && window.planbordZoneStatistics,
		null,
		{
			timeout: 120_000
		}
	);
	const timings = await page.evaluate((moves) => {
		const editor = window.planbordZoneEditor!;
		const statisticsOf = window.planbordZoneStatistics!;
		// Vertices two or more zones share: moving one changes several zones, the usual edit.
		const owners = new Map<string, number>();
		for (const zone of editor.zones) {
			const rings =
				zone.geometry.type === 'Polygon'
					? zone.geometry.coordinates
					: zone.geometry.coordinates.flat();
			const seen = new Set<string>();
			for (const p of rings.flat()) seen.add(`${p[0]},${p[1]}`);
			for (const key of seen) owners.set(key, (owners.get(key) ?? 0) + 1);
		}
		const shared = [...owners].filter(([, n]) => n >= 2).map(([key]) => key.split(',').map(Number));
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const cold = performance.now();
		statisticsOf(editor.zones.map((z) => ({ ...z, geometry: structuredClone(z.geometry) })));
		const coldMs = performance.now() - cold;
		const move: number[] = [];
		const all: number[] = [];
		for (let i = 0; i < moves; i++) {
			const index = Math.floor(random() * shared.length);
			const from = shared[index]!;
			const to = [from[0]! + (random() - 0.5) * 20, from[1]! + (random() - 0.5) * 20];
			const t0 = performance.now();
			editor.apply({ kind: 'move-vertex', from, to });
			const t1 = performance.now();
			void editor.problems.length;
			statisticsOf(editor.zones);
			const t2 = performance.now();
			move.push(t1 - t0);
			all.push(t2 - t0);
			shared[index] = to;
		}
		return { coldMs, move, all, sharedVertices: shared.length };
	}, MOVES);

	const row = (label: string, samples: number[], base: number) => {
		const sorted = [...samples].sort((a, b) => a - b);
		const p50 = percentile(sorted, 50);
		return [
			label,
			String(samples.length),
			p50.toFixed(2),
			percentile(sorted, 95).toFixed(2),
			sorted[sorted.length - 1]!.toFixed(2),
			`${(p50 / base).toFixed(2)}×`
		];
	};
	const base = percentile(
		[...timings.move].sort((a, b) => a - b),
		50
	);
	console.log(
		`Chromium (headless), ${ZONES} zones, ${timings.sharedVertices} shared vertices, ${MOVES} moves`
	);
	console.log('Baseline (1.00×): p50 of the move alone');
	printAligned(
		['measurement', 'runs', 'p50 ms', 'p95 ms', 'max ms', 'p50 × base'],
		[
			row('move (apply)', timings.move, base),
			row('move + check + statistics (target)', timings.all, base),
			row('statistics, all zones new (first open)', [timings.coldMs], base)
		]
	);
	const p95 = percentile(
		[...timings.all].sort((a, b) => a - b),
		95
	);
	console.log(
		`p95 < ${TARGET_P95_MS} ms: ${p95.toFixed(2)} ms ${p95 < TARGET_P95_MS ? 'met' : 'MISSED'}`
	);
} finally {
	await browser.close();
	await app.stop();
	rmSync(dir, { recursive: true, force: true });
}
