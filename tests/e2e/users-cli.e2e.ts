import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openPglite } from '$lib/server/db/open-pglite';
import { queryRows } from '$lib/server/db/rows';
import { verifyPassword } from '$lib/server/auth/passwords';
import { seededDataDir } from '../helpers/app-server';

/** `npm run users` as an operator runs it: a real process on a seeded embedded database. */
const dataDir = seededDataDir();

function run(...args: string[]) {
	const env: NodeJS.ProcessEnv = { ...process.env, PLANBORD_DATA_DIR: dataDir };
	delete env.DATABASE_URL;
	const result = spawnSync(
		process.execPath,
		['node_modules/tsx/dist/cli.mjs', 'src/lib/server/cli/users.ts', ...args],
		{ env, encoding: 'utf8', timeout: 120_000 }
	);
	return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

async function storedUser(username: string) {
	const handle = await openPglite(join(dataDir, 'pglite'));
	try {
		const [user] = await queryRows<{
			password_hash: string;
			must_change_password: boolean;
			role: string;
		}>(
			handle.db,
			sql`SELECT password_hash, must_change_password, role FROM users WHERE username = ${username}`
		);
		const log = await queryRows<{ actor_name: string; action: string }>(
			handle.db,
			sql`SELECT actor_name, action FROM audit_log WHERE object_type = 'user' ORDER BY id DESC LIMIT 1`
		);
		return { user, lastChange: log[0] };
	} finally {
		await handle.close();
	}
}

describe('npm run users', () => {
	it('adds a user with a one-time password that works and must be changed', async () => {
		const result = run('add', 'Kari.Nordmann', 'eiendom', '--name', 'Kari Nordmann');
		expect(result.code).toBe(0);
		const password = /Engangspassord: (\S+)/.exec(result.out)?.[1];
		expect(password).toMatch(/^[A-Za-z0-9]{15}$/);
		const { user, lastChange } = await storedUser('kari.nordmann');
		expect(user).toMatchObject({ role: 'eiendom', must_change_password: true });
		expect(await verifyPassword(user!.password_hash, password!)).toBe(true);
		expect(lastChange).toMatchObject({ action: 'create' });
		expect(lastChange!.actor_name).toMatch(/^kommandolinje \(/);
	}, 120_000);

	it('resets a locked-out user’s password', async () => {
		const before = (await storedUser('kari.nordmann')).user!.password_hash;
		const result = run('reset', 'kari.nordmann');
		expect(result.code).toBe(0);
		const password = /Nytt engangspassord for kari\.nordmann: (\S+)/.exec(result.out)?.[1];
		const { user } = await storedUser('kari.nordmann');
		expect(user!.password_hash).not.toBe(before);
		expect(await verifyPassword(user!.password_hash, password!)).toBe(true);
	}, 120_000);

	it('refuses an unknown role before opening the database, and an unknown user', () => {
		const badRole = run('add', 'ola', 'superbruker');
		expect(badRole.code).toBe(2);
		expect(badRole.out).toContain('roller: admin, eiendom, planlegger, leser');
		expect(badRole.out).not.toContain('Engangspassord');
		const unknown = run('reset', 'finnes-ikke');
		expect([unknown.code, unknown.out.trim()]).toEqual([1, 'Fant ingen bruker «finnes-ikke».']);
	}, 120_000);
});
