import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseError } from '$lib/errors';
import { describeError } from '$lib/i18n/nb';
import { openPglite } from '$lib/server/db/open-pglite';
import { openPostgres } from '$lib/server/db/open-postgres';
import { testServerUrl } from '../helpers/backends';
import { rejectionOf } from '../helpers/rejection';

const open = (url: string) => rejectionOf<DatabaseError>(openPostgres(url));

function withUrl(change: (url: URL) => void): string {
	const url = new URL(testServerUrl!);
	change(url);
	return url.toString();
}

describe.runIf(testServerUrl)('openPostgres refuses a bad server with one clear line', () => {
	it('an unreachable host names host and database and how to fix it', async () => {
		const error = await open('postgres://planner:s3cret@127.0.0.1:1/planbord');
		expect(error).toBeInstanceOf(DatabaseError);
		expect(error.reason).toBe('database-unreachable');
		const line = describeError(error);
		expect(line).toContain('planner@127.0.0.1:1/planbord');
		expect(line).toContain('DATABASE_URL');
		expect(line).not.toContain('s3cret');
		expect(line).not.toContain('\n');
	});

	it('a wrong password is an authentication error without the password', async () => {
		const error = await open(withUrl((u) => (u.password = 'wrong-password')));
		expect(error.reason).toBe('database-auth-failed');
		expect(describeError(error)).not.toContain('wrong-password');
	});

	it('a missing database is named', async () => {
		const error = await open(withUrl((u) => (u.pathname = '/planbord_no_such_db')));
		expect(error.reason).toBe('database-missing');
		expect(error.message).toContain('/planbord_no_such_db');
	});
});

describe.runIf(process.env.PLANBORD_TEST_NO_POSTGIS_URL)(
	'openPostgres on a server without PostGIS',
	() => {
		it('stops with postgis-missing and the Debian package to install', async () => {
			const error = await open(process.env.PLANBORD_TEST_NO_POSTGIS_URL!);
			expect(error.reason).toBe('postgis-missing');
			expect(describeError(error)).toContain('postgresql-15-postgis-3');
		});
	}
);

describe('openPglite refuses a folder it cannot safely open', () => {
	const folder = () => mkdtempSync(join(tmpdir(), 'planbord-pglite-'));

	it('a folder with other files is left untouched', async () => {
		const dir = folder();
		writeFileSync(join(dir, 'notes.txt'), 'not a database');
		const error = await rejectionOf<DatabaseError>(openPglite(dir));
		expect(error.reason).toBe('data-folder-unreadable');
		expect(error.message).toContain(dir);
		expect(readdirSync(dir)).toEqual(['notes.txt']);
	});

	it('a folder written by another PostgreSQL version is named with both versions', async () => {
		const dir = folder();
		writeFileSync(join(dir, 'PG_VERSION'), '16\n');
		const error = await rejectionOf<DatabaseError>(openPglite(dir));
		expect(error.reason).toBe('data-folder-unreadable');
		expect(error.message).toMatch(/PostgreSQL 16.*PostgreSQL 18/);
	});

	it('a corrupt cluster (PG_VERSION right, control file missing) is an error, not a new database', async () => {
		const dir = folder();
		writeFileSync(join(dir, 'PG_VERSION'), '18\n');
		mkdirSync(join(dir, 'global'));
		writeFileSync(join(dir, 'global', 'pg_control'), 'garbage');
		const error = await rejectionOf<DatabaseError>(openPglite(dir));
		expect(error).toBeInstanceOf(DatabaseError);
		expect(error.message).toContain(dir);
		expect(readdirSync(dir).sort()).toEqual(['PG_VERSION', 'global']);
	});
});
