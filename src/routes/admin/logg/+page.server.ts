import { describeEntry } from '$lib/audit/describe-entry';
import { AUDIT_OBJECT_TYPES, type AuditObjectType } from '$lib/audit/types';
import { listAuditActors, readAuditLog } from '$lib/server/audit/read-audit';
import { database } from '$lib/server/db';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

/** The whole audit log, newest first; `?type=`, `?actor=` filter it and `?before=` pages it. */
export const load: PageServerLoad = async ({ url }) => {
	const type = url.searchParams.get('type') ?? '';
	const objectType = (AUDIT_OBJECT_TYPES as readonly string[]).includes(type)
		? (type as AuditObjectType)
		: undefined;
	const actor = url.searchParams.get('actor')?.trim().slice(0, 200) || undefined;
	const beforeText = url.searchParams.get('before') ?? '';
	const before = /^[1-9][0-9]{0,15}$/.test(beforeText) ? Number(beforeText) : undefined;
	const { db } = await database();
	const [page, actors] = await Promise.all([
		readAuditLog(db, { objectType, actor, before, limit: PAGE_SIZE }),
		listAuditActors(db)
	]);
	return {
		entries: page.entries.map(describeEntry),
		older: page.older,
		filter: { objectType: objectType ?? '', actor: actor ?? '', paged: before !== undefined },
		actors
	};
};
