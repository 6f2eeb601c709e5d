import type { MultiPolygon } from 'geojson';
import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	check,
	doublePrecision,
	foreignKey,
	index,
	integer,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	unique
} from 'drizzle-orm/pg-core';
import { geometry } from '../columns/geometry';

/**
 * Proposals for dividing the new municipality into local areas (lokalområder). `version` is
 * the newest saved version: a save bumps it with a conditional UPDATE (WHERE version = the
 * version the planner started from), which is how two concurrent saves are told apart.
 */
export const zoneProposals = pgTable(
	'zone_proposals',
	{
		id: serial('id').primaryKey(),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		status: text('status', { enum: ['draft', 'proposed', 'adopted'] })
			.notNull()
			.default('draft'),
		version: integer('version').notNull().default(0),
		copiedFrom: integer('copied_from').references((): AnyPgColumn => zoneProposals.id, {
			onDelete: 'set null'
		}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('zone_proposals_status', sql`${t.status} IN ('draft', 'proposed', 'adopted')`),
		check('zone_proposals_version', sql`${t.version} >= 0`)
	]
);

/** One saved version of a proposal: the history list reads this without touching geometry. */
export const zoneProposalVersions = pgTable(
	'zone_proposal_versions',
	{
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => zoneProposals.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
		note: text('note').notNull().default(''),
		zoneCount: integer('zone_count').notNull(),
		/** Topology problems (checkPartition) when saved; only a draft may have any. */
		problemCount: integer('problem_count').notNull()
	},
	(t) => [
		primaryKey({ name: 'zone_proposal_versions_pk', columns: [t.proposalId, t.version] }),
		check('zone_proposal_versions_version', sql`${t.version} >= 1`)
	]
);

/**
 * The zones of every saved version (versions are immutable, so older ones stay readable and
 * restorable). `zone_key` is the editor's Zone.id, stable across versions.
 */
export const zones = pgTable(
	'zones',
	{
		proposalId: integer('proposal_id').notNull(),
		version: integer('version').notNull(),
		zoneKey: text('zone_key').notNull(),
		name: text('name').notNull(),
		/** The zone's place in the proposal's list, as the editor sent it. */
		position: integer('position').notNull(),
		geom: geometry<MultiPolygon>('geom', 'MultiPolygon').notNull(),
		/** m², planar EPSG:25832 (planarArea), as computed when saved. */
		area: doublePrecision('area').notNull()
	},
	(t) => [
		unique('zones_key').on(t.proposalId, t.version, t.zoneKey),
		foreignKey({
			name: 'zones_version_fk',
			columns: [t.proposalId, t.version],
			foreignColumns: [zoneProposalVersions.proposalId, zoneProposalVersions.version]
		}).onDelete('cascade'),
		index('zones_geom_gist').using('gist', t.geom),
		check('zones_area', sql`${t.area} >= 0`)
	]
);
