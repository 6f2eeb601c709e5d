import type { AuditAction, AuditObjectType } from './types';

/** Bokmål for the audit log: actions, object types and the panel's words. */
export const ACTION_LABEL: Record<AuditAction, string> = {
	create: 'Opprettet',
	update: 'Endret',
	delete: 'Slettet'
};

export const OBJECT_TYPE_LABEL: Record<AuditObjectType, string> = {
	building: 'Bygg',
	benchmark: 'Normtall',
	proposal: 'Lokalområdeforslag',
	zone: 'Sone',
	plan: 'Arealplan',
	user: 'Bruker',
	share_link: 'Delingslenke'
};

export const AUDIT_TEXT = {
	title: 'Endringslogg',
	logTitle: 'Endringslogg for hele Planbord',
	time: 'Tidspunkt',
	actor: 'Hvem',
	action: 'Handling',
	object: 'Objekt',
	field: 'Felt',
	before: 'Før',
	after: 'Etter',
	empty: 'Ingen endringer er logget.',
	noFields: 'Ingen felt å vise.',
	objectType: 'Objekttype',
	allTypes: 'Alle typer',
	allActors: 'Alle',
	filter: 'Vis',
	older: 'Eldre',
	newest: 'Nyeste',
	system: 'system',
	showing: (n: number) => `Viser ${n} ${n === 1 ? 'endring' : 'endringer'}`
} as const;

const time = new Intl.DateTimeFormat('nb-NO', {
	dateStyle: 'short',
	timeStyle: 'medium',
	timeZone: 'Europe/Oslo'
});

/**
 * When a change was made, in Norwegian time whatever the server's or browser's zone, so the
 * page renders the same on both sides: "05.03.2025, 14:05:09".
 */
export function formatAuditTime(iso: string): string {
	const at = new Date(iso);
	return Number.isNaN(at.getTime()) ? iso : time.format(at);
}
