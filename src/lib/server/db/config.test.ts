import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseConfigFromEnv, describeUrl } from './config';

describe('databaseConfigFromEnv', () => {
	it('chooses PostgreSQL when DATABASE_URL is set', () => {
		expect(databaseConfigFromEnv({ DATABASE_URL: 'postgres://u:p@h/db' })).toEqual({
			backend: 'postgres',
			url: 'postgres://u:p@h/db'
		});
	});

	it('chooses PGlite under .data/ by default, and an empty DATABASE_URL counts as unset', () => {
		expect(databaseConfigFromEnv({ DATABASE_URL: ' ' })).toEqual({
			backend: 'pglite',
			dataDir: resolve('.data/pglite')
		});
	});

	it('puts the PGlite folder under PLANBORD_DATA_DIR', () => {
		expect(databaseConfigFromEnv({ PLANBORD_DATA_DIR: '/srv/planbord' })).toEqual({
			backend: 'pglite',
			dataDir: '/srv/planbord/pglite'
		});
	});
});

describe('describeUrl', () => {
	it('names user, host, port and database but never the password', () => {
		const text = describeUrl('postgres://planner:s3cret@db.asker.local:6543/planbord');
		expect(text).toBe('planner@db.asker.local:6543/planbord');
		expect(text).not.toContain('s3cret');
	});

	it('defaults the port to 5432', () => {
		expect(describeUrl('postgres://h/db')).toBe('h:5432/db');
	});
});
