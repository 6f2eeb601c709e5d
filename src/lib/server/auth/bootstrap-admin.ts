import type { Db } from '../db/handle';
import { runAs } from '../audit/actor';
import { countUsers, createUser } from './users';

/**
 * First start: with no accounts at all, nobody could sign in to create one. So an
 * administrator `admin` is created with a one-time password, which is returned for the start
 * script to print once (it is stored only as an argon2id hash) and must be changed at the
 * first sign-in. Returns null when accounts already exist.
 */
export async function bootstrapAdmin(db: Db): Promise<string | null> {
	if ((await countUsers(db)) > 0) return null;
	const created = await runAs({ id: null, name: 'system' }, () =>
		createUser(db, { username: 'admin', displayName: 'Administrator', role: 'admin' })
	);
	return created?.password ?? null;
}
