import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startAppExpectingExit } from '../helpers/app-server';

describe('the built app refuses to start on a bad database, with one clear line', () => {
	it('an unreachable DATABASE_URL names host and database, not the password', async () => {
		const { code, output } = await startAppExpectingExit({
			DATABASE_URL: 'postgres://planner:s3cret@127.0.0.1:1/planbord'
		});
		expect(code).toBe(1);
		const lines = output.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/^Planbord: Får ikke kontakt med databasen: .*planner@127\.0\.0\.1:1\/planbord/
		);
		expect(output).not.toContain('s3cret');
	});

	it('a data folder holding something else is named and left as it was', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'planbord-e2e-bad-'));
		const pglite = join(dir, 'pglite');
		mkdirSync(pglite);
		writeFileSync(join(pglite, 'important.txt'), 'keep me');
		const { code, output } = await startAppExpectingExit({ PLANBORD_DATA_DIR: dir });
		expect(code).toBe(1);
		expect(output.trim().split('\n')).toHaveLength(1);
		expect(output).toContain(pglite);
		expect(readdirSync(pglite)).toEqual(['important.txt']);
	});
});
