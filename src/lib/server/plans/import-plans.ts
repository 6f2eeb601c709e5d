import { eq, and } from 'drizzle-orm';
import { plans } from '$db/schema';
import type { ParseNote } from '$lib/formats/format';
import type { Db } from '../db/handle';
import { withTransaction, type Tx } from '../db/transaction';
import { insertFeatureRows, insertIssueRows } from './insert-plan-rows';
import { preparePlan, type PlanUpload, type PreparedPlan } from './prepare-plan';
import { readTerritories } from './read-territories';

export interface ImportedPlan {
	id: number;
	fileName: string;
	municipality: string;
	planId: string;
	name: string;
	format: string;
	law: string | null;
	sourceSrid: number;
	featureCount: number;
	problemCount: number;
	notes: ParseNote[];
	/** True when the same file was imported before: nothing was stored again. */
	unchanged: boolean;
}

/**
 * Imports plan files (SOSI, NPAD GML, GeoJSON) as source plans of the old municipalities.
 * Every file is read, reprojected and validated first; then all of them are stored in one
 * transaction, so either every file lands or none does. A file imported before (same
 * bytes) is recognised and not stored twice.
 * @example await importPlans(db, [{ fileName: 'royken.sos', bytes }])
 */
export async function importPlans(
	db: Db,
	uploads: PlanUpload[],
	options: { maxBytes?: number } = {}
): Promise<ImportedPlan[]> {
	const territories = await readTerritories(db);
	const prepared = uploads.map((u) => preparePlan(u, territories.old, options.maxBytes));
	return withTransaction(db, async (tx) => {
		const imported: ImportedPlan[] = [];
		for (const plan of prepared) imported.push(await storePlan(tx, plan));
		return imported;
	});
}

async function storePlan(tx: Tx, plan: PreparedPlan): Promise<ImportedPlan> {
	const [existing] = await tx
		.select({ id: plans.id })
		.from(plans)
		.where(and(eq(plans.role, 'source'), eq(plans.contentHash, plan.contentHash)));
	const summary = {
		fileName: plan.fileName,
		municipality: plan.municipality.number,
		planId: plan.planId,
		name: plan.name,
		format: plan.header.format,
		law: plan.header.law,
		sourceSrid: plan.sourceSrid,
		featureCount: plan.features.length,
		problemCount: plan.problems.length,
		notes: plan.notes
	};
	if (existing) return { id: existing.id, ...summary, unchanged: true };
	const [row] = await tx
		.insert(plans)
		.values({
			role: 'source',
			municipality: plan.municipality.number,
			planId: plan.planId,
			name: plan.name,
			law: plan.header.law,
			format: plan.header.format,
			fileName: plan.fileName,
			sourceSrid: plan.sourceSrid,
			status: 'importert',
			contentHash: plan.contentHash,
			notes: plan.notes,
			featureCount: plan.features.length
		})
		.returning({ id: plans.id });
	const id = row!.id;
	await insertFeatureRows(
		tx,
		id,
		plan.features.map((feature) => ({ featureKey: feature.properties.objectId, feature }))
	);
	await insertIssueRows(
		tx,
		id,
		plan.problems.map((p, i) => ({
			stage: 'validation',
			issueKey: `V${String(i + 1).padStart(4, '0')}`,
			type: p.type,
			rule: null,
			municipalities: [plan.municipality.number],
			objects: p.objectIds.map((objectId) => ({
				municipality: plan.municipality.number,
				objectId
			})),
			area: p.area,
			resolvedInto: null,
			detail: p.detail,
			geometry: p.geometry
		}))
	);
	return { id, ...summary, unchanged: false };
}
