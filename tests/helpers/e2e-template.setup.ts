import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../../src/lib/server/db/open-pglite';
import { seedAll } from '../../src/lib/server/seed';
import { seedTestUsers } from './auth';

declare module 'vitest' {
	export interface ProvidedContext {
		e2eDataTemplate: string;
	}
}

/**
 * An app started on an empty data folder spends 15–25 s on initdb, migrations and the seed
 * before it answers. The browser tests build that folder once per run, exactly as the app's
 * own first start does (migrate, then `seedAll`), plus one account per role (./auth.ts), and
 * each test file's app starts on a copy.
 * `startup-errors` and `map.e2e.ts` still start from nothing, so first start stays tested.
 */
export default async function setup(project: TestProject) {
	const folder = mkdtempSync(join(tmpdir(), 'planbord-e2e-template-'));
	const handle = await openPglite(join(folder, 'pglite'));
	try {
		await handle.migrate();
		await seedAll(handle.db);
		await seedTestUsers(handle.db);
	} finally {
		await handle.close();
	}
	project.provide('e2eDataTemplate', folder);
	return () => rmSync(folder, { recursive: true, force: true });
}
