import { sql } from 'drizzle-orm';
import type { MultiPolygon, Polygon } from 'geojson';
import type { PlanFeature } from '$lib/plans/types';
import type { Tx } from '../db/transaction';

/** A feature row as the bulk insert takes it. */
export interface FeatureRow {
	featureKey: string;
	feature: PlanFeature;
	provenance?: unknown;
	unresolved?: boolean;
}

/** An issue row (validation problem or merge conflict). */
export interface IssueRow {
	stage: 'validation' | 'merge';
	issueKey: string;
	type: string;
	rule: string | null;
	municipalities: string[];
	objects: unknown[];
	area: number;
	resolvedInto: string | null;
	detail: string;
	geometry: Polygon | MultiPolygon | null;
}

/*
 * Rows go in as one JSON document per chunk, unpacked by jsonb_to_recordset: one statement
 * per few thousand features instead of one bound parameter per column and row (PostgreSQL
 * allows 65 535 parameters; a 5 000-polygon plan would need 60 000).
 */
const CHUNK = 2_000;

/** Inserts a plan's features in EPSG:25832 (every area stored as a MultiPolygon). */
export async function insertFeatureRows(tx: Tx, planRef: number, rows: FeatureRow[]) {
	for (let i = 0; i < rows.length; i += CHUNK) {
		const json = JSON.stringify(
			rows.slice(i, i + CHUNK).map(({ featureKey, feature, provenance, unresolved }) => ({
				feature_key: featureKey,
				kind: feature.properties.kind,
				object_type: feature.properties.objectType,
				code: feature.properties.code,
				code_list: feature.properties.codeList,
				status: feature.properties.status,
				name: feature.properties.name,
				attributes: feature.properties.attributes,
				provenance: provenance ?? null,
				unresolved: unresolved ?? false,
				geom: feature.geometry
			}))
		);
		await tx.execute(sql`
			INSERT INTO plan_features (plan_ref, feature_key, kind, object_type, code, code_list,
				status, name, attributes, provenance, unresolved, geom)
			SELECT ${planRef}, r.feature_key, r.kind, r.object_type, r.code, r.code_list, r.status,
				r.name, r.attributes, r.provenance, r.unresolved,
				ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(r.geom), 25832))
			FROM jsonb_to_recordset(${json}::jsonb) AS r(feature_key text, kind text,
				object_type text, code text, code_list text, status int, name text,
				attributes jsonb, provenance jsonb, unresolved boolean, geom jsonb)`);
	}
}

/** Inserts validation problems or merge conflicts of a plan. */
export async function insertIssueRows(tx: Tx, planRef: number, rows: IssueRow[]) {
	for (let i = 0; i < rows.length; i += CHUNK) {
		const json = JSON.stringify(
			rows.slice(i, i + CHUNK).map((r) => ({
				stage: r.stage,
				issue_key: r.issueKey,
				type: r.type,
				rule: r.rule,
				municipalities: r.municipalities,
				objects: r.objects,
				area: r.area,
				resolved_into: r.resolvedInto,
				detail: r.detail,
				geom: r.geometry
			}))
		);
		await tx.execute(sql`
			INSERT INTO plan_issues (plan_ref, stage, issue_key, type, rule, municipalities, objects,
				area, resolved_into, detail, geom)
			SELECT ${planRef}, r.stage, r.issue_key, r.type, r.rule, r.municipalities, r.objects,
				r.area, r.resolved_into, r.detail,
				CASE WHEN r.geom IS NULL OR r.geom = 'null'::jsonb THEN NULL
					ELSE ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(r.geom), 25832)) END
			FROM jsonb_to_recordset(${json}::jsonb) AS r(stage text, issue_key text, type text,
				rule text, municipalities jsonb, objects jsonb, area float8, resolved_into text,
				detail text, geom jsonb)`);
	}
}
