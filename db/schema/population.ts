import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** Population at 1 January by municipality and age band (SSB table 07459). */
export const population = pgTable(
	'population',
	{
		municipality: text('municipality').notNull(),
		year: integer('year').notNull(),
		total: integer('total').notNull(),
		age0: integer('age_0').notNull(),
		age1To5: integer('age_1_5').notNull(),
		age6To15: integer('age_6_15').notNull(),
		age16To66: integer('age_16_66').notNull(),
		age67To79: integer('age_67_79').notNull(),
		age80Plus: integer('age_80_plus').notNull()
	},
	(t) => [primaryKey({ columns: [t.municipality, t.year] })]
);
