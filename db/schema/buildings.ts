import type { MultiPolygon, Point } from 'geojson';
import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	check,
	date,
	doublePrecision,
	index,
	integer,
	jsonb,
	pgTable,
	serial,
	smallint,
	customType,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import type {
	BuildingCategory,
	BuildingPart,
	CapacityUnit,
	ConditionGrade,
	OldMunicipality,
	Tenure,
	ValuationMethod
} from '../../src/lib/buildings/types';
import {
	BUILDING_CATEGORIES,
	CAPACITY_UNITS,
	OLD_MUNICIPALITIES,
	VALUATION_METHODS
} from '../../src/lib/buildings/types';
import { geometry } from '../columns/geometry';

/** NOK amounts are whole kroner; bigint because a portfolio's value passes 2^31. */
const nok = (name: string) => bigint(name, { mode: 'number' });

/** `col IN ('a', 'b')` from a constant list, so the database and the domain agree. */
const oneOf = (values: readonly string[]) =>
	sql.raw(`(${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`);

/**
 * A Web Mercator (EPSG:3857) geometry kept only for vector tiles, which are cut in 3857:
 * storing it once at write time spares every tile request a per-row ST_Transform. Never
 * parsed in JS (it arrives as hex EWKB if selected); the tile SQL reads it in the database.
 */
const mercator = customType<{ data: string; driverData: string }>({
	dataType: () => 'geometry(Geometry,3857)'
});

/**
 * The municipal building register. `building_number` (matrikkelens bygningsnummer) is the
 * natural key imports match on. Every building has a position; a footprint when known.
 * Unknown numbers are NULL, never 0, so they stay out of sums.
 */
export const buildings = pgTable(
	'buildings',
	{
		id: serial('id').primaryKey(),
		buildingNumber: text('building_number').notNull().unique(),
		name: text('name').notNull(),
		address: text('address'),
		gnr: integer('gnr'),
		bnr: integer('bnr'),
		municipality: text('municipality').$type<OldMunicipality>().notNull(),
		category: text('category').$type<BuildingCategory>().notNull(),
		bta: doublePrecision('bta'),
		bra: doublePrecision('bra'),
		yearBuilt: integer('year_built'),
		tenure: text('tenure').$type<Tenure>().notNull().default('owned'),
		annualRent: nok('annual_rent'),
		condition: smallint('condition').$type<ConditionGrade>(),
		conditionByPart: jsonb('condition_by_part')
			.$type<Partial<Record<BuildingPart, ConditionGrade>>>()
			.notNull()
			.default({}),
		maintenanceBacklog: nok('maintenance_backlog'),
		value: nok('value'),
		valueMethod: text('value_method').$type<ValuationMethod>(),
		valueDate: date('value_date'),
		annualFdvuCost: nok('annual_fdvu_cost'),
		capacity: integer('capacity'),
		capacityUnit: text('capacity_unit').$type<CapacityUnit>(),
		users: integer('users'),
		source: text('source').notNull(),
		sample: boolean('sample').notNull().default(false),
		position: geometry<Point>('position', 'Point').notNull(),
		footprint: geometry<MultiPolygon>('footprint', 'MultiPolygon'),
		/** What the map draws: the footprint, or the position where none is known. */
		geom: geometry<MultiPolygon | Point>('geom', 'Geometry').generatedAlwaysAs(
			sql`COALESCE(footprint, position)`
		),
		/**
		 * `geom` in Web Mercator, for vector tiles; never written by the app. Kept by the
		 * trigger `buildings_geom_3857` (migration 0005), not as a generated column: the
		 * register's upsert sets every column but `geom` from `excluded`, and PostgreSQL lets
		 * a generated column be set to DEFAULT only.
		 */
		geom3857: mercator('geom_3857'),
		/** Hash of attributes and geometry; an import skips rows whose hash is unchanged. */
		contentHash: text('content_hash').notNull(),
		/**
		 * Bumped by the trigger `buildings_version` (migration 0006) whenever the content
		 * changes, so an edit form that started from an older version is refused, not applied
		 * over someone else's edit.
		 */
		version: integer('version').notNull().default(1),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('buildings_geom_gist').using('gist', t.geom),
		index('buildings_geom_3857_gist').using('gist', t.geom3857),
		index('buildings_category').on(t.category),
		check('buildings_number_digits', sql`${t.buildingNumber} ~ '^[0-9]{1,10}$'`),
		check('buildings_municipality', sql`${t.municipality} IN ${oneOf(OLD_MUNICIPALITIES)}`),
		check('buildings_category_known', sql`${t.category} IN ${oneOf(BUILDING_CATEGORIES)}`),
		check('buildings_tenure', sql`${t.tenure} IN ('owned', 'leased')`),
		check(
			'buildings_capacity_unit',
			sql`${t.capacityUnit} IS NULL OR ${t.capacityUnit} IN ${oneOf(CAPACITY_UNITS)}`
		),
		check(
			'buildings_value_method',
			sql`${t.valueMethod} IS NULL OR ${t.valueMethod} IN ${oneOf(VALUATION_METHODS)}`
		),
		check('buildings_condition_range', sql`${t.condition} BETWEEN 0 AND 3`),
		check('buildings_areas_positive', sql`${t.bta} > 0 AND ${t.bra} > 0`),
		check(
			'buildings_counts_not_negative',
			sql`${t.capacity} >= 0 AND ${t.users} >= 0 AND ${t.maintenanceBacklog} >= 0 AND ${t.annualRent} >= 0 AND ${t.annualFdvuCost} >= 0 AND ${t.value} >= 0`
		)
	]
);
