import { sql } from 'drizzle-orm';
import {
	check,
	doublePrecision,
	integer,
	pgTable,
	serial,
	text,
	timestamp
} from 'drizzle-orm/pg-core';

/**
 * Norm values the property team compares its figures with: KOSTRA national averages,
 * comparable municipalities and its own targets. Data with a source and a year, editable
 * in the app; `key` is stable so the shipped defaults can be re-seeded without duplicates.
 */
export const benchmarks = pgTable(
	'benchmarks',
	{
		id: serial('id').primaryKey(),
		key: text('key').notNull().unique(),
		indicator: text('indicator').notNull(),
		category: text('category'),
		unit: text('unit').notNull(),
		value: doublePrecision('value').notNull(),
		kind: text('kind').$type<'national' | 'comparable' | 'target'>().notNull(),
		source: text('source').notNull(),
		sourceUrl: text('source_url'),
		year: integer('year'),
		yearNote: text('year_note'),
		note: text('note'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('benchmarks_kind', sql`${t.kind} IN ('national', 'comparable', 'target')`),
		check('benchmarks_value_positive', sql`${t.value} > 0`)
	]
);
