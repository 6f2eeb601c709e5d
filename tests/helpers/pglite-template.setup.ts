import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../../src/lib/server/db/open-pglite';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteTemplate: string;
	}
}

/**
 * Creating PGlite with PostGIS from nothing takes ~15 s; loading a snapshot ~3 s. The db
 * test project builds one migrated snapshot per run and every test file starts from a copy.
 */
export default async function setup(project: TestProject) {
	const folder = mkdtempSync(join(tmpdir(), 'planbord-template-'));
	const handle = await openPglite(undefined);
	await handle.migrate();
	const blob = await handle.snapshot!();
	await handle.close();
	const file = join(folder, 'template.tar.gz');
	writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
	project.provide('pgliteTemplate', file);
	return () => rmSync(folder, { recursive: true, force: true });
}
