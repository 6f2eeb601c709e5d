import type { MultiPolygon } from 'geojson';
import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	customType,
	doublePrecision,
	index,
	integer,
	jsonb,
	pgTable,
	serial,
	text,
	timestamp,
	unique
} from 'drizzle-orm/pg-core';
import { geometry } from '../columns/geometry';

/**
 * Land-use plans (kommuneplanens arealdel): the imported plans of the old municipalities
 * (`role = 'source'`) and the merged provisional plans made from them (`role = 'merged'`).
 * Plan-level facts, the reader's notes and (for merged plans) the merge report live here;
 * the areas in `plan_features`, validation problems and merge conflicts in `plan_issues`.
 */
export const plans = pgTable(
	'plans',
	{
		id: serial('id').primaryKey(),
		role: text('role', { enum: ['source', 'merged'] }).notNull(),
		/** Kommunenummer, 4 characters: 0220/0627/0628 for sources, 3025/3203 for merged plans. */
		municipality: text('municipality').notNull(),
		planId: text('plan_id').notNull(),
		name: text('name').notNull(),
		/** 'pbl2008' | 'pbl1985' (the law the land-use codes follow), null when unknown. */
		law: text('law'),
		/** e.g. "SOSI 4.5", "NPAD GML Kommuneplan 20190401", "GeoJSON"; "Planbord" for merges. */
		format: text('format').notNull(),
		fileName: text('file_name'),
		/** The EPSG code the file was in before reprojection to 25832. */
		sourceSrid: integer('source_srid'),
		/** 'importert' for sources; 'foreløpig' for merged plans. */
		status: text('status').notNull(),
		/** SHA-256 of the imported file, so importing the same file twice is recognised. */
		contentHash: text('content_hash'),
		/** What the reader noticed (ParseNote[]), shown with the plan. */
		notes: jsonb('notes')
			.notNull()
			.default(sql`'[]'::jsonb`),
		/** Merged plans: options, source plan ids, area account. */
		report: jsonb('report'),
		featureCount: integer('feature_count').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('plans_role', sql`${t.role} IN ('source', 'merged')`),
		check('plans_municipality_4_digits', sql`${t.municipality} ~ '^[0-9]{4}$'`),
		check('plans_plan_id_length', sql`char_length(${t.planId}) BETWEEN 1 AND 16`)
	]
);

/**
 * A Web Mercator (EPSG:3857) geometry kept only for vector tiles, which are cut in 3857:
 * storing it once at write time spares every tile request a per-row ST_Transform. Never
 * parsed in JS (it arrives as hex EWKB if selected); the tile SQL reads it in the database.
 */
const mercatorMultiPolygon = customType<{ data: string; driverData: string }>({
	dataType: () => 'geometry(MultiPolygon,3857)'
});

/** The area objects of a plan, in EPSG:25832, one row per polygon or multipolygon. */
export const planFeatures = pgTable(
	'plan_features',
	{
		id: serial('id').primaryKey(),
		planRef: integer('plan_ref')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		/** objectId in the source plan; the merge's output id (M000001) in a merged plan. */
		featureKey: text('feature_key').notNull(),
		kind: text('kind', { enum: ['landuse', 'zone', 'planarea'] }).notNull(),
		objectType: text('object_type').notNull(),
		code: text('code'),
		codeList: text('code_list').notNull(),
		status: integer('status'),
		name: text('name'),
		attributes: jsonb('attributes')
			.notNull()
			.default(sql`'{}'::jsonb`),
		/** Merged plans: where the area came from (source municipality, plan, object, original code). */
		provenance: jsonb('provenance'),
		/** A merged area no source plan could be given to ("uavklart"). */
		unresolved: boolean('unresolved').notNull().default(false),
		geom: geometry<MultiPolygon>('geom', 'MultiPolygon').notNull(),
		/** `geom` in Web Mercator, for the arealdel tiles. */
		geom3857: mercatorMultiPolygon('geom_3857').generatedAlwaysAs(sql`ST_Transform(geom, 3857)`)
	},
	(t) => [
		unique('plan_features_key').on(t.planRef, t.featureKey),
		index('plan_features_plan').on(t.planRef),
		index('plan_features_geom_gist').using('gist', t.geom),
		index('plan_features_geom_3857_gist').using('gist', t.geom3857),
		check('plan_features_kind', sql`${t.kind} IN ('landuse', 'zone', 'planarea')`)
	]
);

/**
 * Everything a planner must look at: validation problems of an imported plan
 * (`stage = 'validation'`) and the conflicts of a merge (`stage = 'merge'`), each with its
 * type, the rule applied, the area and where it is.
 */
export const planIssues = pgTable(
	'plan_issues',
	{
		id: serial('id').primaryKey(),
		planRef: integer('plan_ref')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		stage: text('stage', { enum: ['validation', 'merge'] }).notNull(),
		/** C0001… for merge conflicts, V0001… for validation problems: stable within a plan. */
		issueKey: text('issue_key').notNull(),
		type: text('type').notNull(),
		rule: text('rule'),
		municipalities: jsonb('municipalities')
			.notNull()
			.default(sql`'[]'::jsonb`),
		objects: jsonb('objects')
			.notNull()
			.default(sql`'[]'::jsonb`),
		area: doublePrecision('area').notNull(),
		resolvedInto: text('resolved_into'),
		detail: text('detail').notNull(),
		geom: geometry<MultiPolygon>('geom', 'MultiPolygon')
	},
	(t) => [
		unique('plan_issues_key').on(t.planRef, t.issueKey),
		index('plan_issues_geom_gist').using('gist', t.geom),
		check('plan_issues_stage', sql`${t.stage} IN ('validation', 'merge')`),
		check('plan_issues_area', sql`${t.area} >= 0`)
	]
);
