import type { MultiPolygon } from 'geojson';
import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { geometry } from '../columns/geometry';

/**
 * Municipalities as they were at a time: the three old ones (valid to 31.12.2019) and the
 * new Asker (3025 in 2020–2023, 3203 from 2024). A municipality row is either loaded from
 * a source file or derived (the new one is the union of the old ones); `reference_geom`
 * then holds the officially published boundary it is compared with.
 */
export const municipalities = pgTable(
	'municipalities',
	{
		id: serial('id').primaryKey(),
		number: text('number').notNull(),
		name: text('name').notNull(),
		role: text('role', { enum: ['old', 'new'] }).notNull(),
		validFrom: date('valid_from').notNull(),
		validTo: date('valid_to'),
		geom: geometry<MultiPolygon>('geom', 'MultiPolygon').notNull(),
		referenceGeom: geometry<MultiPolygon>('reference_geom', 'MultiPolygon'),
		derivedFrom: text('derived_from'),
		source: text('source').notNull(),
		licence: text('licence').notNull(),
		/** Hash of the inputs the row was made from; the seed skips rows whose hash is unchanged. */
		contentHash: text('content_hash').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('municipalities_number_valid_from').on(t.number, t.validFrom),
		index('municipalities_geom_gist').using('gist', t.geom),
		check('municipalities_role', sql`${t.role} IN ('old', 'new')`),
		check('municipalities_number_4_digits', sql`${t.number} ~ '^[0-9]{4}$'`),
		check('municipalities_valid_range', sql`${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom}`)
	]
);
