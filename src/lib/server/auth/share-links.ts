import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { shareLinks, users, zoneProposals } from '$db/schema';
import type { ShareAccess } from '$lib/auth/types';
import type { Db } from '../db/handle';
import { withTransaction } from '../db/transaction';
import { hashToken, newToken } from './tokens';

export interface ShareLinkSummary {
	id: number;
	title: string;
	proposalId: number | null;
	proposalName: string | null;
	view: string;
	createdBy: string | null;
	createdAt: string;
	revokedAt: string | null;
}

/** Publishes a read-only map link; the token is returned once and stored only as a hash. */
export async function createShareLink(
	db: Db,
	link: { title: string; proposalId: number | null; view: string; createdBy: number }
): Promise<{ id: number; token: string }> {
	const token = newToken();
	const [row] = await withTransaction(db, (tx) =>
		tx
			.insert(shareLinks)
			.values({ ...link, tokenHash: hashToken(token) })
			.returning({ id: shareLinks.id })
	);
	return { id: row!.id, token };
}

/** What a share token opens, or null if it is unknown or revoked. */
export async function readShareLink(db: Db, token: string): Promise<ShareAccess | null> {
	const [row] = await db
		.select({ id: shareLinks.id, proposalId: shareLinks.proposalId, view: shareLinks.view })
		.from(shareLinks)
		.where(and(eq(shareLinks.tokenHash, hashToken(token)), isNull(shareLinks.revokedAt)));
	return row ?? null;
}

export async function listShareLinks(db: Db): Promise<ShareLinkSummary[]> {
	const rows = await db
		.select({
			id: shareLinks.id,
			title: shareLinks.title,
			proposalId: shareLinks.proposalId,
			proposalName: zoneProposals.name,
			view: shareLinks.view,
			createdBy: users.displayName,
			createdAt: shareLinks.createdAt,
			revokedAt: shareLinks.revokedAt
		})
		.from(shareLinks)
		.leftJoin(zoneProposals, eq(zoneProposals.id, shareLinks.proposalId))
		.leftJoin(users, eq(users.id, shareLinks.createdBy))
		.orderBy(desc(shareLinks.id));
	return rows.map((r) => ({
		...r,
		createdAt: r.createdAt.toISOString(),
		revokedAt: r.revokedAt?.toISOString() ?? null
	}));
}

/** Revokes a link at once: the next request through it is refused. False if already revoked. */
export async function revokeShareLink(db: Db, id: number): Promise<boolean> {
	const updated = await withTransaction(db, (tx) =>
		tx
			.update(shareLinks)
			.set({ revokedAt: sql`now()` })
			.where(and(eq(shareLinks.id, id), isNull(shareLinks.revokedAt)))
			.returning({ id: shareLinks.id })
	);
	return updated.length > 0;
}
