import { and, asc, desc, eq, like, lt, or, type SQL } from 'drizzle-orm';
import { auditLog } from '$db/schema';
import type { AuditEntry, AuditRow } from '$lib/audit/types';
import type { Db } from '../db/handle';
import type { Tx } from '../db/transaction';

/*
 * The read side of the audit log, which only the database's triggers write (migration
 * 0006). Newest first by id: entries of one transaction share their `at`, ids do not.
 */

/** The most entries one read returns, whatever the caller asks for. */
const MAX_LIMIT = 500;

export interface AuditLogQuery {
	objectType?: string;
	/** The actor's name as logged ('system' for changes without a signed-in user). */
	actor?: string;
	limit: number;
	/** Only entries older than this id: the `older` of the previous page. */
	before?: number;
}

export interface AuditPage {
	entries: AuditEntry[];
	/** The id to pass as `before` for the next, older page; null when there is none. */
	older: number | null;
}

/**
 * One object's history, newest first.
 * @example await readHistory(db, 'building', '300123456')
 */
export function readHistory(
	db: Db | Tx,
	objectType: string,
	objectId: string,
	limit = 50
): Promise<AuditEntry[]> {
	return select(
		db,
		and(eq(auditLog.objectType, objectType), eq(auditLog.objectId, objectId))!,
		limit
	);
}

/**
 * A proposal's history: its own changes (name, status, each save's version) and its zones'
 * (object id `<proposalId>/<zoneKey>`), newest first.
 */
export function readZoneHistory(
	db: Db | Tx,
	proposalId: number,
	limit = 100
): Promise<AuditEntry[]> {
	const id = String(Math.trunc(proposalId));
	return select(
		db,
		or(
			and(eq(auditLog.objectType, 'proposal'), eq(auditLog.objectId, id)),
			and(eq(auditLog.objectType, 'zone'), like(auditLog.objectId, `${id}/%`))
		)!,
		limit
	);
}

/**
 * The whole log, newest first, optionally of one object type and one actor, a page at a
 * time: pass the page's `older` as `before` for the next.
 */
export async function readAuditLog(db: Db | Tx, query: AuditLogQuery): Promise<AuditPage> {
	const limit = clampLimit(query.limit);
	const conditions: SQL[] = [];
	if (query.objectType) conditions.push(eq(auditLog.objectType, query.objectType));
	if (query.actor) conditions.push(eq(auditLog.actorName, query.actor));
	if (query.before !== undefined) conditions.push(lt(auditLog.id, query.before));
	// One more than asked for tells whether an older page exists without a count.
	const rows = await select(db, conditions.length > 0 ? and(...conditions) : undefined, limit + 1);
	const entries = rows.slice(0, limit);
	return { entries, older: rows.length > limit ? entries[entries.length - 1]!.id : null };
}

/** Everyone who has changed something, by name, for the log's filter. */
export async function listAuditActors(db: Db | Tx): Promise<string[]> {
	const rows = await db
		.selectDistinct({ name: auditLog.actorName })
		.from(auditLog)
		.orderBy(asc(auditLog.actorName))
		.limit(MAX_LIMIT);
	return rows.map((r) => r.name);
}

async function select(db: Db | Tx, where: SQL | undefined, limit: number): Promise<AuditEntry[]> {
	const rows = await db
		.select()
		.from(auditLog)
		.where(where)
		.orderBy(desc(auditLog.id))
		.limit(clampLimit(limit, MAX_LIMIT + 1));
	return rows.map((row) => ({
		id: row.id,
		at: row.at.toISOString(),
		actorName: row.actorName,
		action: row.action,
		objectType: row.objectType,
		objectId: row.objectId,
		before: row.before as AuditRow | null,
		after: row.after as AuditRow | null
	}));
}

function clampLimit(limit: number, max = MAX_LIMIT): number {
	return Number.isFinite(limit) ? Math.min(Math.max(Math.trunc(limit), 1), max) : 50;
}
