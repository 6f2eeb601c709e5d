import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import * as schema from '$db/schema';
import {
	DatabaseError,
	ReasonDatabaseAuthFailed,
	ReasonDatabaseMissing,
	ReasonDatabaseUnreachable,
	ReasonPostgisMissing,
	type Reason
} from '$lib/errors';
import { describeUrl } from './config';
import type { DatabaseHandle } from './handle';
import { MIGRATIONS_FOLDER } from './migrations-folder';

/**
 * Connects to PostgreSQL and checks, before anything else runs, that the server answers,
 * accepts the credentials, has the database and can provide PostGIS. Each failure becomes
 * a DatabaseError naming host and database, never the password.
 */
export async function openPostgres(url: string): Promise<DatabaseHandle> {
	const location = describeUrl(url);
	const client = postgres(url, {
		max: 10,
		connect_timeout: 10,
		onnotice: () => {},
		// The app never relies on these; keeping them off makes errors shorter.
		connection: { application_name: 'planbord' }
	});
	try {
		const available = await client<{ name: string }[]>`
			SELECT name FROM pg_available_extensions WHERE name = 'postgis'`;
		if (available.length === 0) {
			throw new DatabaseError(
				ReasonPostgisMissing,
				`PostgreSQL at ${location} has no PostGIS extension available`
			);
		}
	} catch (cause) {
		await client.end({ timeout: 1 });
		if (cause instanceof DatabaseError) throw cause;
		throw new DatabaseError(classify(cause), `${location}: ${errorText(cause)}`);
	}
	return {
		db: drizzle({ client, schema }),
		backend: 'postgres',
		location,
		migrate: () => migrateLocked(url),
		close: () => client.end({ timeout: 5 })
	};
}

/**
 * Several app servers may start at once against one PostgreSQL; a session-level advisory
 * lock makes them migrate one after the other. A one-connection client keeps the lock, the
 * migration and the unlock on the same session.
 */
async function migrateLocked(url: string): Promise<void> {
	const single = postgres(url, { max: 1, onnotice: () => {} });
	try {
		await single`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
		await migrate(drizzle({ client: single }), { migrationsFolder: MIGRATIONS_FOLDER });
		await single`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
	} finally {
		await single.end({ timeout: 5 });
	}
}

/** Arbitrary but fixed: "PLANBORD" read as digits on a phone keypad. */
const MIGRATION_LOCK_KEY = 75262673;

function classify(cause: unknown): Reason {
	const code = (cause as { code?: string }).code;
	if (code === '28P01' || code === '28000') return ReasonDatabaseAuthFailed;
	if (code === '3D000') return ReasonDatabaseMissing;
	return ReasonDatabaseUnreachable;
}

function errorText(cause: unknown): string {
	return cause instanceof Error ? cause.message : String(cause);
}
