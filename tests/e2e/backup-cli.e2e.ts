import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { buildings } from '$db/schema';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { openPglite } from '$lib/server/db/open-pglite';
import { withTransaction } from '$lib/server/db/transaction';
import { seedBuildings } from '$lib/server/buildings/seed-buildings';
import { seedMunicipalities } from '$lib/server/municipalities/seed-municipalities';
import { GEODATA } from '$lib/server/seed';

/** `npm run db:backup` / `db:restore` as an operator runs them: real processes, embedded database. */
const folder = mkdtempSync(join(tmpdir(), 'planbord-backup-cli-'));
const dataDir = join(folder, 'data');
const backup = join(folder, 'planbord.jsonl.gz');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(cli: string, ...args: string[]) {
	const env: NodeJS.ProcessEnv = { ...process.env, PLANBORD_DATA_DIR: dataDir };
	delete env.DATABASE_URL;
	const result = spawnSync(
		process.execPath,
		['node_modules/tsx/dist/cli.mjs', `src/lib/server/cli/${cli}.ts`, ...args],
		{ env, encoding: 'utf8', timeout: 240_000 }
	);
	return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** Opens the folder the CLIs use (they have exited, so this process may own it). */
async function withBuildings<T>(
	work: (db: DatabaseHandle['db'], handle: DatabaseHandle) => Promise<T>
) {
	const handle = await openPglite(join(dataDir, 'pglite'));
	try {
		return await work(handle.db, handle);
	} finally {
		await handle.close();
	}
}

describe('npm run db:backup and db:restore', () => {
	it('refuses to back up a folder with no database, and does not create one', () => {
		const result = run('backup', '--out', backup);
		expect(result.code).toBe(2);
		expect(result.out).toContain('Fant ingen innebygd database');
		expect(existsSync(backup)).toBe(false);
	});

	it('restores a deleted building from a backup', async () => {
		// Boundaries and the register, written in process: a full `db:seed` (plans, a zone
		// proposal) would only make the test slower, and the db tests cover every table.
		await withBuildings(async (db, handle) => {
			await handle.migrate();
			await seedMunicipalities(db, GEODATA.municipalities);
			await withTransaction(db, (tx) => seedBuildings(tx, GEODATA.buildings));
		});
		const backedUp = run('backup', '--out', backup);
		expect(backedUp.code, backedUp.out).toBe(0);
		expect(backedUp.out).toMatch(/buildings: \d{3}/);

		const [victim] = await withBuildings((db) =>
			db
				.delete(buildings)
				.where(eq(buildings.id, 7))
				.returning({ number: buildings.buildingNumber })
		);
		expect(victim).toBeDefined();

		const refused = run('restore', backup);
		expect(refused.code).toBe(1);
		expect(refused.out).toContain('--force');

		const restored = run('restore', backup, '--force');
		expect(restored.code, restored.out).toBe(0);
		const back = await withBuildings((db) =>
			db.select().from(buildings).where(eq(buildings.buildingNumber, victim!.number))
		);
		expect(back).toHaveLength(1);
	});

	it('refuses a file that is not a backup with exit 2 and a message in bokmål', () => {
		const result = run('restore', 'package.json', '--force');
		expect(result.code).toBe(2);
		expect(result.out).toContain('skadet eller ufullstendig');
	});
});
