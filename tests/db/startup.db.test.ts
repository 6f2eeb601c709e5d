import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db/handle';
import { queryRows } from '$lib/server/db/rows';
import { startDatabase } from '$lib/server/startup';
import { testServerUrl } from '../helpers/backends';

const stamps = (handle: DatabaseHandle) =>
	queryRows<{ number: string; updated_at: string }>(
		handle.db,
		sql`SELECT number, updated_at::text FROM municipalities ORDER BY number, valid_from`
	);

describe('startDatabase', () => {
	it('creates, migrates and seeds a new embedded folder, and does not seed it again', async () => {
		const dataDir = join(mkdtempSync(join(tmpdir(), 'planbord-start-')), 'pglite');
		const first = await startDatabase({ backend: 'pglite', dataDir });
		const before = await stamps(first);
		await first.close();
		expect(before.map((r) => r.number)).toEqual(['0220', '0627', '0628', '3025', '3203']);

		const second = await startDatabase({ backend: 'pglite', dataDir });
		expect(await stamps(second)).toEqual(before);
		await second.close();
	});

	it.runIf(testServerUrl)('migrates but does not seed a server database', async () => {
		const admin = postgres(testServerUrl!, { max: 1, onnotice: () => {} });
		const name = `planbord_start_${process.pid}`;
		await admin.unsafe(`CREATE DATABASE ${name}`);
		const url = new URL(testServerUrl!);
		url.pathname = `/${name}`;
		const handle = await startDatabase({ backend: 'postgres', url: url.toString() });
		expect(await stamps(handle)).toEqual([]);
		await handle.close();
		await admin.unsafe(`DROP DATABASE ${name} WITH (FORCE)`);
		await admin.end();
	});
});
