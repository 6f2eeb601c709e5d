import { asc, eq, sql } from 'drizzle-orm';
import { users } from '$db/schema';
import type { Role } from '$lib/auth/roles';
import type { Db } from '../db/handle';
import { withTransaction } from '../db/transaction';
import { hashPassword, oneTimePassword } from './passwords';

export interface UserSummary {
	id: number;
	username: string;
	displayName: string;
	role: Role;
	active: boolean;
	mustChangePassword: boolean;
	createdAt: string;
}

/** User names are compared in lower case; the database's check allows [a-z0-9._-]. */
export function normaliseUsername(username: string): string {
	return username.trim().toLowerCase();
}

export async function listUsers(db: Db): Promise<UserSummary[]> {
	const rows = await db.select().from(users).orderBy(asc(users.username));
	return rows.map((u) => ({
		id: u.id,
		username: u.username,
		displayName: u.displayName,
		role: u.role,
		active: u.active,
		mustChangePassword: u.mustChangePassword,
		createdAt: u.createdAt.toISOString()
	}));
}

export async function countUsers(db: Db): Promise<number> {
	const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
	return Number(row?.n ?? 0);
}

export async function findUserByName(db: Db, username: string) {
	const [row] = await db
		.select()
		.from(users)
		.where(eq(users.username, normaliseUsername(username)));
	return row ?? null;
}

export interface NewUser {
	username: string;
	displayName: string;
	role: Role;
}

/**
 * Creates an account with a one-time password, returned once for the administrator to hand
 * over; the user must choose their own at first sign-in. Null if the name is taken.
 */
export async function createUser(
	db: Db,
	user: NewUser,
	password = oneTimePassword(),
	mustChangePassword = true
): Promise<{ id: number; password: string } | null> {
	const passwordHash = await hashPassword(password);
	return withTransaction(db, async (tx) => {
		const [row] = await tx
			.insert(users)
			.values({
				username: normaliseUsername(user.username),
				displayName: user.displayName.trim(),
				role: user.role,
				passwordHash,
				mustChangePassword
			})
			.onConflictDoNothing({ target: users.username })
			.returning({ id: users.id });
		return row ? { id: row.id, password } : null;
	});
}

export async function setPassword(
	db: Db,
	userId: number,
	password: string,
	mustChangePassword: boolean
): Promise<void> {
	const passwordHash = await hashPassword(password);
	await withTransaction(db, (tx) =>
		tx
			.update(users)
			.set({ passwordHash, mustChangePassword, updatedAt: sql`now()` })
			.where(eq(users.id, userId))
	);
}

export async function updateUser(
	db: Db,
	userId: number,
	change: { role?: Role; displayName?: string; active?: boolean }
): Promise<boolean> {
	const updated = await withTransaction(db, (tx) =>
		tx
			.update(users)
			.set({ ...change, updatedAt: sql`now()` })
			.where(eq(users.id, userId))
			.returning({ id: users.id })
	);
	return updated.length > 0;
}

/** Active administrators other than `exceptId`: the last one may not be demoted or disabled. */
export async function countOtherActiveAdmins(db: Db, exceptId: number): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(users)
		.where(sql`${users.role} = 'admin' AND ${users.active} AND ${users.id} <> ${exceptId}`);
	return Number(row?.n ?? 0);
}
