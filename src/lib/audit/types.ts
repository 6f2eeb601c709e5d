/** What a change did to its object, as the audit triggers (migration 0006) record it. */
export type AuditAction = 'create' | 'update' | 'delete';

/**
 * The kinds of object the audit triggers log: one per logged table, plus `zone`, which is
 * logged as the difference between a proposal's version and the one before it.
 */
export const AUDIT_OBJECT_TYPES = [
	'building',
	'benchmark',
	'proposal',
	'zone',
	'plan',
	'user',
	'share_link'
] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

/** A row as the database stored it: column name → JSON value (geometry as GeoJSON). */
export type AuditRow = Record<string, unknown>;

/** One row of `audit_log`. */
export interface AuditEntry {
	id: number;
	/** ISO 8601. */
	at: string;
	actorName: string;
	action: AuditAction;
	objectType: string;
	/** building number, proposal id, `<proposalId>/<zoneKey>`, user id, benchmark key … */
	objectId: string;
	/** The row before the change; null for a create. */
	before: AuditRow | null;
	/** The row after the change; null for a delete. */
	after: AuditRow | null;
}

/** One field of a change, ready to show: every value is already text in bokmål. */
export interface FieldChange {
	/** The column name, e.g. `maintenance_backlog`. */
	field: string;
	label: string;
	/** Empty when the field had no value before (a create, or a hidden value). */
	before: string;
	after: string;
}

/**
 * An entry as the history panels show it: the raw rows replaced by their described changes,
 * so geometry and fingerprints never travel to the browser.
 */
export interface DescribedEntry {
	id: number;
	at: string;
	actorName: string;
	action: AuditAction;
	objectType: string;
	objectId: string;
	/** Which object, in words: «Asker skole» (bygg 12345), sone «Heggedal» … */
	objectLabel: string;
	changes: FieldChange[];
}
