import { resolve } from 'node:path';

/** Which database Planbord opens: a PostgreSQL URL, or an embedded PGlite folder. */
export type DatabaseConfig =
	{ backend: 'postgres'; url: string } | { backend: 'pglite'; dataDir: string | undefined };

/**
 * Reads the database choice from environment variables. `DATABASE_URL` selects
 * PostgreSQL+PostGIS; otherwise PGlite persists under `PLANBORD_DATA_DIR` (default `.data`).
 * The caller passes the environment, so the app (via $env) and CLIs (process.env) agree.
 */
export function databaseConfigFromEnv(env: Record<string, string | undefined>): DatabaseConfig {
	const url = env.DATABASE_URL?.trim();
	if (url) return { backend: 'postgres', url };
	const dataDir = env.PLANBORD_DATA_DIR?.trim() || '.data';
	return { backend: 'pglite', dataDir: resolve(dataDir, 'pglite') };
}

/** A URL with the password removed, safe to print in logs and error messages. */
export function describeUrl(url: string): string {
	try {
		const u = new URL(url);
		const user = u.username ? `${decodeURIComponent(u.username)}@` : '';
		return `${user}${u.hostname}:${u.port || '5432'}${u.pathname}`;
	} catch {
		return '(ugyldig DATABASE_URL)';
	}
}
