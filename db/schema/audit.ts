import { sql } from 'drizzle-orm';
import {
	bigserial,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp
} from 'drizzle-orm/pg-core';

/**
 * Who changed what, when, with the row before and after. Written only by the database's
 * own triggers (migration 0006), so no code path that changes a building, zone, proposal,
 * plan, user or share link can skip it; the actor comes from the transaction's
 * `planbord.actor` setting. Other triggers refuse UPDATE, DELETE and TRUNCATE: the log is
 * append-only for every database user the app runs as.
 */
export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		actorId: integer('actor_id'),
		/** Kept as text: the log outlives the account. */
		actorName: text('actor_name').notNull(),
		action: text('action', { enum: ['create', 'update', 'delete'] }).notNull(),
		objectType: text('object_type').notNull(),
		objectId: text('object_id').notNull(),
		before: jsonb('before'),
		after: jsonb('after')
	},
	(t) => [
		index('audit_log_object').on(t.objectType, t.objectId, t.id),
		check('audit_log_action', sql`${t.action} IN ('create', 'update', 'delete')`)
	]
);
