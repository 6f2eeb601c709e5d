import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	pgTable,
	serial,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { ROLES, type Role } from '../../src/lib/auth/roles';
import { zoneProposals } from './zones';

const roleList = sql.raw(`(${ROLES.map((r) => `'${r}'`).join(', ')})`);

/**
 * People who sign in. Personal data is kept minimal: a user name, a display name and a role.
 * `password_hash` is argon2id (PHC string) and null for accounts that will sign in through
 * OIDC (`oidc_subject`), the seam left for ID-porten / Entra ID.
 */
export const users = pgTable(
	'users',
	{
		id: serial('id').primaryKey(),
		username: text('username').notNull().unique(),
		displayName: text('display_name').notNull(),
		role: text('role').$type<Role>().notNull(),
		passwordHash: text('password_hash'),
		mustChangePassword: boolean('must_change_password').notNull().default(false),
		oidcSubject: text('oidc_subject').unique(),
		active: boolean('active').notNull().default(true),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('users_role', sql`${t.role} IN ${roleList}`),
		check('users_username', sql`${t.username} ~ '^[a-z0-9._-]{2,64}$'`)
	]
);

/**
 * Server-side sessions. The cookie holds a random token; only its SHA-256 is stored, so a
 * leaked table (or backup) cannot be replayed as a cookie.
 */
export const sessions = pgTable(
	'sessions',
	{
		tokenHash: text('token_hash').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
	},
	(t) => [index('sessions_user').on(t.userId)]
);

/**
 * Failed sign-ins, kept in the database (not in memory) so the limit holds across app
 * servers and restarts. `key` is `user:<name>` or `ip:<address>`.
 */
export const loginFailures = pgTable(
	'login_failures',
	{
		key: text('key').notNull(),
		failedAt: timestamp('failed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('login_failures_key').on(t.key, t.failedAt)]
);

/**
 * Read-only links to the politicians' map, usable without an account. Like sessions, only
 * the token's SHA-256 is stored. `view` is the map's query string when published (zoom,
 * layers, selection); the proposal shown is pinned in `proposal_id`.
 */
export const shareLinks = pgTable('share_links', {
	id: serial('id').primaryKey(),
	tokenHash: text('token_hash').notNull().unique(),
	title: text('title').notNull(),
	proposalId: integer('proposal_id').references(() => zoneProposals.id, { onDelete: 'cascade' }),
	view: text('view').notNull().default(''),
	createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	revokedAt: timestamp('revoked_at', { withTimezone: true })
});
