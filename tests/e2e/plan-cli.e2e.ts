import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNpadGml } from '$lib/formats/gml/parse';
import { parsePlanGeoJson } from '$lib/formats/geojson/plan';
import { parseSosi } from '$lib/formats/sosi/parse';

/** `npm run plan -- …` as GIS staff script it: a real process on an embedded database. */
const folder = mkdtempSync(join(tmpdir(), 'planbord-plan-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(...args: string[]) {
	const env: NodeJS.ProcessEnv = { ...process.env, PLANBORD_DATA_DIR: join(folder, 'data') };
	delete env.DATABASE_URL;
	const result = spawnSync(
		process.execPath,
		['node_modules/tsx/dist/cli.mjs', 'src/lib/server/cli/plan.ts', ...args],
		{ env, encoding: 'utf8', timeout: 240_000 }
	);
	return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('npm run plan', () => {
	it('merge --sample writes the merged plan in three formats and the report', () => {
		const out = join(folder, 'resultat');
		const result = run('merge', '--sample', '--out', out);
		expect(result.code, result.out).toBe(0);
		for (const name of ['merged.sos', 'merged.gml', 'merged.geojson', 'report.json', 'report.md']) {
			expect(existsSync(join(out, name)), name).toBe(true);
		}
		const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
			plan: { municipality: string; report: { account: { imbalancePerKm2: number } } };
			conflicts: { type: string; rule: string }[];
		};
		expect(report.plan.municipality).toBe('3025');
		expect(report.plan.report.account.imbalancePerKm2).toBeLessThan(1);
		expect(report.conflicts.some((c) => c.rule === 'sliver-to-longest-border')).toBe(true);
		const counts = [
			parseSosi(readFileSync(join(out, 'merged.sos'))).features.length,
			parseNpadGml(readFileSync(join(out, 'merged.gml'))).features.length,
			parsePlanGeoJson(readFileSync(join(out, 'merged.geojson'), 'utf8')).features.length
		];
		expect(counts[0]).toBeGreaterThan(500);
		expect(new Set(counts).size).toBe(1);
		expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('## Arealregnskap');
	});

	it('refuses a broken file with exit 2, names it, and imports nothing', () => {
		const broken = join(folder, 'avkortet.sos');
		writeFileSync(broken, '.HODE\n..TEGNSETT ISO8859-1\n..TRANSPAR\n...KOORDSYS 22\n');
		const result = run('import', broken);
		expect(result.code).toBe(2);
		expect(result.out).toContain('avkortet.sos');
		expect(run('list').out).not.toContain('avkortet');
	});

	it('prints usage and exits 2 for an unknown command', () => {
		const result = run('slå-sammen');
		expect(result.code).toBe(2);
		expect(result.out).toContain('npm run plan -- merge');
	});
});
