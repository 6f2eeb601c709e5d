import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Point } from 'geojson';
import { planFeatures, planIssues, plans } from '$db/schema';
import { MergeError, ReasonPlanNotFound } from '$lib/errors';
import type { ParseNote } from '$lib/formats/format';
import { toWgs84 } from '$lib/geometry/reproject';
import { assumeCrs } from '$lib/geometry/types';
import type { AreaAccount, MergeOptions } from '$lib/merge/types';
import type { Db } from '../db/handle';

export interface PlanSummary {
	id: number;
	role: 'source' | 'merged';
	municipality: string;
	planId: string;
	name: string;
	law: string | null;
	format: string;
	fileName: string | null;
	sourceSrid: number | null;
	status: string;
	featureCount: number;
	issueCount: number;
	createdAt: string;
}

/** A validation problem or merge conflict as lists and the map show it (lon/lat for fly-to). */
export interface PlanIssue {
	key: string;
	stage: 'validation' | 'merge';
	type: string;
	rule: string | null;
	municipalities: string[];
	objects: { municipality: string; objectId: string }[];
	area: number;
	resolvedInto: string | null;
	detail: string;
	/** [west, south, east, north] in degrees, or null for attribute-only issues. */
	bbox: [number, number, number, number] | null;
}

export interface MergeReport {
	options: MergeOptions;
	sources: {
		id: number;
		municipality: string;
		planId: string;
		name: string;
		fileName: string | null;
	}[];
	account: AreaAccount;
}

export interface PlanDetails extends PlanSummary {
	notes: ParseNote[];
	report: MergeReport | null;
	issues: PlanIssue[];
}

const summaryColumns = {
	id: plans.id,
	role: plans.role,
	municipality: plans.municipality,
	planId: plans.planId,
	name: plans.name,
	law: plans.law,
	format: plans.format,
	fileName: plans.fileName,
	sourceSrid: plans.sourceSrid,
	status: plans.status,
	featureCount: plans.featureCount,
	issueCount: sql<number>`(SELECT count(*)::int FROM plan_issues i WHERE i.plan_ref = ${plans.id})`,
	createdAt: sql<string>`to_char(${plans.createdAt} AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD HH24:MI')`
};

/** Every plan, merged plans first, newest first within each role. */
export async function listPlans(db: Db): Promise<PlanSummary[]> {
	const rows = await db
		.select(summaryColumns)
		.from(plans)
		.orderBy(desc(plans.role), desc(plans.id));
	return rows.map((r) => ({ ...r, issueCount: Number(r.issueCount) }));
}

/** One plan's summary (no notes, report or issues), or a MergeError(plan-not-found). */
export async function getPlanSummary(db: Db, id: number): Promise<PlanSummary> {
	const [row] = await db.select(summaryColumns).from(plans).where(eq(plans.id, id));
	if (!row) throw new MergeError(ReasonPlanNotFound, `no plan with id ${id}`);
	return { ...row, issueCount: Number(row.issueCount) };
}

/** One plan with its notes, merge report and issues, or a MergeError(plan-not-found). */
export async function getPlan(db: Db, id: number): Promise<PlanDetails> {
	const [row] = await db
		.select({ ...summaryColumns, notes: plans.notes, report: plans.report })
		.from(plans)
		.where(eq(plans.id, id));
	if (!row) throw new MergeError(ReasonPlanNotFound, `no plan with id ${id}`);
	const issues = await db
		.select({
			key: planIssues.issueKey,
			stage: planIssues.stage,
			type: planIssues.type,
			rule: planIssues.rule,
			municipalities: planIssues.municipalities,
			objects: planIssues.objects,
			area: planIssues.area,
			resolvedInto: planIssues.resolvedInto,
			detail: planIssues.detail,
			box: sql<
				[number, number, number, number] | null
			>`CASE WHEN ${planIssues.geom} IS NULL THEN NULL ELSE json_build_array(ST_XMin(${planIssues.geom}), ST_YMin(${planIssues.geom}), ST_XMax(${planIssues.geom}), ST_YMax(${planIssues.geom})) END`
		})
		.from(planIssues)
		.where(eq(planIssues.planRef, id))
		.orderBy(asc(planIssues.issueKey));
	return {
		...row,
		issueCount: Number(row.issueCount),
		notes: row.notes as ParseNote[],
		report: (row.report as MergeReport | null) ?? null,
		issues: issues.map(({ box, ...issue }) => ({
			...issue,
			stage: issue.stage as PlanIssue['stage'],
			municipalities: issue.municipalities as string[],
			objects: issue.objects as PlanIssue['objects'],
			area: Number(issue.area),
			bbox: box ? bboxInDegrees(box) : null
		}))
	};
}

/** An issue's extent (EPSG:25832 corners) in degrees, via the one reprojection module. */
function bboxInDegrees(box: [number, number, number, number]): [number, number, number, number] {
	const corner = (x: number, y: number) =>
		toWgs84(assumeCrs<25832, Point>({ type: 'Point', coordinates: [x, y] }, 25832)).coordinates;
	const [west = 0, south = 0] = corner(box[0], box[1]);
	const [east = 0, north = 0] = corner(box[2], box[3]);
	return [west, south, east, north];
}

/** A code as it occurs in a plan: what its legend needs. */
export interface PlanCodeUse {
	code: string | null;
	codeList: string;
	status: number | null;
	kind: string;
	unresolved: boolean;
	count: number;
	area: number;
}

/** The distinct codes of a plan with their count and area (for the legend and summaries). */
export async function listPlanCodes(db: Db, id: number): Promise<PlanCodeUse[]> {
	const rows = await db
		.select({
			code: planFeatures.code,
			codeList: planFeatures.codeList,
			status: planFeatures.status,
			kind: planFeatures.kind,
			unresolved: planFeatures.unresolved,
			count: sql<number>`count(*)::int`,
			area: sql<number>`sum(ST_Area(${planFeatures.geom}))::float8`
		})
		.from(planFeatures)
		.where(eq(planFeatures.planRef, id))
		.groupBy(
			planFeatures.code,
			planFeatures.codeList,
			planFeatures.status,
			planFeatures.kind,
			planFeatures.unresolved
		)
		.orderBy(asc(planFeatures.kind), asc(planFeatures.code), asc(planFeatures.status));
	return rows.map((r) => ({ ...r, count: Number(r.count), area: Number(r.area) }));
}

/** The newest merged plan with the codes it uses (what the main map shows as arealdel). */
export async function latestMergedPlan(
	db: Db
): Promise<{ id: number; name: string; planId: string; codes: PlanCodeUse[] } | null> {
	const [row] = await db
		.select({ id: plans.id, name: plans.name, planId: plans.planId })
		.from(plans)
		.where(eq(plans.role, 'merged'))
		.orderBy(desc(plans.id))
		.limit(1);
	return row ? { ...row, codes: await listPlanCodes(db, row.id) } : null;
}
