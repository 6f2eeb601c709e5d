import { and, desc, eq, inArray } from 'drizzle-orm';
import { plans } from '$db/schema';
import { harmoniseCode, harmoniseStatus } from '$lib/codelists/harmonise-code';
import { MergeError, ReasonMergeFailed, ReasonPlanNotFound } from '$lib/errors';
import { fillHoles } from '$lib/geometry/fill-holes';
import { mergePlans } from '$lib/merge/merge-plans';
import type { MergeOptions, MergeResult, SourcePlan } from '$lib/merge/types';
import type { Db } from '../db/handle';
import { withTransaction } from '../db/transaction';
import { insertFeatureRows, insertIssueRows } from './insert-plan-rows';
import { readPlanFeatures } from './read-plan-features';
import { readTerritories } from './read-territories';

export interface MergeRequest {
	/** Source plans to merge (one per old municipality); default: the latest of each. */
	planIds?: number[];
	sliverWidth?: number;
	minArea?: number;
}

export interface MergeSummary {
	id: number;
	planId: string;
	name: string;
	featureCount: number;
	conflictCount: number;
	sources: { id: number; municipality: string; planId: string; name: string }[];
	imbalancePerKm2: number;
}

/**
 * Merges the old municipalities' plans into one provisional arealdel for the new
 * municipality and stores it, its conflicts and its report in one transaction. The
 * geometry work happens in `$lib/merge` (integer arithmetic in JS), so PGlite and
 * PostgreSQL store the same result.
 * @example const { id } = await runMerge(db, { sliverWidth: 5 });
 */
export async function runMerge(db: Db, request: MergeRequest = {}): Promise<MergeSummary> {
	const territories = await readTerritories(db);
	const sources = await chooseSources(db, request.planIds);
	const input: SourcePlan[] = [];
	for (const source of sources) {
		const stored = await readPlanFeatures(db, source.id);
		input.push({ ...source, features: stored.map((s) => s.feature) });
	}
	const identity: MergeOptions['identity'] = {
		municipality: territories.merged.number,
		planId: `${territories.merged.number}KPA2020`,
		name: `Kommuneplanens arealdel for ${territories.merged.name} – foreløpig, sammenslått av ${territories.old.map((t) => t.name).join(', ')}`,
		status: 'foreløpig'
	};
	const result = mergePlans(
		{
			plans: input,
			territories: Object.fromEntries(territories.old.map((t) => [t.number, t.geometry])),
			boundary: fillHoles(territories.merged.geometry)
		},
		{
			identity,
			harmonise: harmoniseCode,
			// The merged plan is a PBL 2008 plan, whatever law its sources followed.
			harmoniseStatus: (status) => harmoniseStatus(status, 'pbl2008'),
			...(request.sliverWidth !== undefined && { sliverWidth: request.sliverWidth }),
			...(request.minArea !== undefined && { minArea: request.minArea })
		}
	);
	const id = await storeMerge(db, result, identity, sources);
	return {
		id,
		planId: identity.planId,
		name: identity.name,
		featureCount: result.features.length + result.zones.length,
		conflictCount: result.conflicts.length,
		sources: sources.map(({ id, municipality, planId, name }) => ({
			id,
			municipality,
			planId,
			name
		})),
		imbalancePerKm2: result.account.imbalancePerKm2
	};
}

type Source = {
	id: number;
	municipality: string;
	planId: string;
	name: string;
	fileName: string | null;
};

async function chooseSources(db: Db, planIds?: number[]): Promise<Source[]> {
	const columns = {
		id: plans.id,
		municipality: plans.municipality,
		planId: plans.planId,
		name: plans.name,
		fileName: plans.fileName
	};
	if (planIds && planIds.length > 0) {
		const rows = await db
			.select(columns)
			.from(plans)
			.where(and(eq(plans.role, 'source'), inArray(plans.id, planIds)));
		const missing = planIds.filter((id) => !rows.some((r) => r.id === id));
		if (missing.length > 0) {
			throw new MergeError(ReasonPlanNotFound, `no imported plan with id ${missing.join(', ')}`);
		}
		const twice = rows.find(
			(r, i) => rows.findIndex((o) => o.municipality === r.municipality) !== i
		);
		if (twice) {
			throw new MergeError(
				ReasonMergeFailed,
				`two plans chosen for municipality ${twice.municipality}; choose one per municipality`
			);
		}
		return rows.sort((a, b) => a.municipality.localeCompare(b.municipality));
	}
	const rows = await db
		.select(columns)
		.from(plans)
		.where(eq(plans.role, 'source'))
		.orderBy(desc(plans.id));
	const latest = rows.filter(
		(r, i) => rows.findIndex((o) => o.municipality === r.municipality) === i
	);
	if (latest.length === 0) {
		throw new MergeError(
			ReasonPlanNotFound,
			'no plans are imported yet; import the old plans first'
		);
	}
	return latest.sort((a, b) => a.municipality.localeCompare(b.municipality));
}

async function storeMerge(
	db: Db,
	result: MergeResult,
	identity: MergeOptions['identity'],
	sources: Source[]
): Promise<number> {
	const all = [...result.features, ...result.zones];
	return withTransaction(db, async (tx) => {
		const [row] = await tx
			.insert(plans)
			.values({
				role: 'merged',
				municipality: identity.municipality,
				planId: identity.planId,
				name: identity.name,
				law: 'pbl2008',
				format: 'Planbord',
				status: identity.status,
				report: { options: result.options, sources, account: result.account },
				featureCount: all.length
			})
			.returning({ id: plans.id });
		const id = row!.id;
		await insertFeatureRows(
			tx,
			id,
			all.map((feature) => ({
				featureKey: feature.properties.id,
				feature,
				provenance: feature.properties.provenance,
				unresolved: feature.properties.unresolved
			}))
		);
		await insertIssueRows(
			tx,
			id,
			result.conflicts.map((c) => ({
				stage: 'merge',
				issueKey: c.id,
				type: c.type,
				rule: c.rule,
				municipalities: c.municipalities,
				objects: c.sourceObjects,
				area: c.area,
				resolvedInto: c.resolvedInto,
				detail: c.detail,
				geometry: c.geometry
			}))
		);
		return id;
	});
}
