import { asc, eq, sql } from 'drizzle-orm';
import { buildings, zoneProposals } from '$db/schema';
import type { ProposalSummary } from '$lib/zones/proposal';
import { sampleProposal } from '$lib/zones/sample/sample-proposal';
import type { Db } from '../db/handle';
import { createProposal } from './create-proposal';
import { readZoneBoundary } from './read-zone-boundary';

/**
 * Stores the sample proposal (Voronoi cells of the register's schools, see
 * `$lib/zones/sample`) so the zone editor has something to open on a new installation.
 * Skipped, returning null, as soon as any proposal exists: a planner's work is never mixed
 * with or overwritten by sample data. Needs the municipalities; the buildings are optional.
 * @example await seedSampleProposal(db) // the summary, or null when proposals exist
 */
export async function seedSampleProposal(db: Db): Promise<ProposalSummary | null> {
	const [existing] = await db.select({ id: zoneProposals.id }).from(zoneProposals).limit(1);
	if (existing) return null;
	const boundary = await readZoneBoundary(db);
	const schools = await db
		.select({
			name: buildings.name,
			x: sql<number>`ST_X(${buildings.position})`.mapWith(Number),
			y: sql<number>`ST_Y(${buildings.position})`.mapWith(Number)
		})
		.from(buildings)
		.where(eq(buildings.category, 'school'))
		.orderBy(asc(buildings.buildingNumber));
	const sample = sampleProposal(boundary, schools);
	return createProposal(db, { ...sample, note: 'Eksempel laget ved første oppstart' });
}
