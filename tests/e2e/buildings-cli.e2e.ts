import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTableFile } from '$lib/server/buildings/read-table-file';

/** `npm run buildings -- …` as a scheduler runs it: a real process on an embedded database. */
const folder = mkdtempSync(join(tmpdir(), 'planbord-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(...args: string[]) {
	const env: NodeJS.ProcessEnv = { ...process.env, PLANBORD_DATA_DIR: join(folder, 'data') };
	delete env.DATABASE_URL;
	const result = spawnSync(
		process.execPath,
		['node_modules/tsx/dist/cli.mjs', 'src/lib/server/cli/buildings.ts', ...args],
		{
			env,
			encoding: 'utf8',
			timeout: 120_000
		}
	);
	return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

function csvFile(name: string, lines: string[]): string {
	const path = join(folder, name);
	writeFileSync(path, lines.join('\n'));
	return path;
}

const HEADER = 'Bygningsnr;Navn;Kommune;Kategori;Eierform;BTA;Tilstandsgrad;Øst;Nord';
const GOOD = '800000001;Nattskole;Asker;skole;eid;3 000,5;TG2;580000;6630000';

describe('npm run buildings', () => {
	it('exits 1 and prints each located problem for a file with errors, writing nothing', () => {
		const bad = csvFile('bad.csv', [
			HEADER,
			GOOD,
			'800000002;Feil;Asker;skule;eid;-1;TG5;580000;6630100'
		]);
		const { code, out } = run('import', bad);
		expect(code).toBe(1);
		expect(out).toMatch(/FEIL rad 3, kolonne «Kategori»: Ukjent kategori «skule»/);
		expect(out).toMatch(/FEIL rad 3, kolonne «Tilstandsgrad»/);
		expect(out).toContain('Ingenting er lagret');
		// Nothing was written: the good row is still new.
		expect(run('import', csvFile('good.csv', [HEADER, GOOD]), '--dry-run').out).toContain('1 nye');
	});

	it('exits 0 on a clean file; a dry run writes nothing; a repeated import changes nothing', () => {
		const good = csvFile('good.csv', [HEADER, GOOD]);
		expect(run('import', good, '--dry-run')).toMatchObject({ code: 0 });
		const first = run('import', good);
		expect(first.code).toBe(0);
		expect(first.out).toContain('1 nye, 0 endret, 0 uendret');
		const again = run('import', good);
		expect(again.code).toBe(0);
		expect(again.out).toContain('0 nye, 0 endret, 1 uendret');
	});

	it('writes the efficiency report as XLSX', async () => {
		const out = join(folder, 'rapport.xlsx');
		expect(run('report', '--out', out).code).toBe(0);
		const table = await readTableFile(readFileSync(out), 'rapport.xlsx');
		expect(table.sheetName).toBe('Arealeffektivitet');
		expect(table.headers).toContain('m² BTA per bruker');
		expect(table.rows.some((r) => r[0] === 'Skole' && r[1] === 'Nye Asker')).toBe(true);
	});

	it('exits 2 on wrong usage and on a file that does not exist', () => {
		expect(run('report', '--out', join(folder, 'x.pdf')).code).toBe(2);
		expect(run('nonsense').code).toBe(2);
		expect(run('import', join(folder, 'missing.csv')).code).toBe(2);
	});
});
