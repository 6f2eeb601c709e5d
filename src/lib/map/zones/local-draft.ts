import type { Zone } from '$lib/zones/types';

/*
 * Unsaved edits are kept in the browser (localStorage), so a failed or conflicting save, a
 * closed tab or a crash never loses a planner's work. One draft per proposal.
 */

export interface LocalDraft {
	baseVersion: number;
	zones: Zone[];
	/** ISO 8601. */
	savedAt: string;
}

const key = (proposalId: number) => `planbord:lokalomrader:${proposalId}`;

export function writeLocalDraft(proposalId: number, draft: LocalDraft): void {
	try {
		localStorage.setItem(key(proposalId), JSON.stringify(draft));
	} catch {
		// Storage full or disabled: the editor still holds the edits in memory.
	}
}

export function readLocalDraft(proposalId: number): LocalDraft | null {
	try {
		const text = localStorage.getItem(key(proposalId));
		if (!text) return null;
		const draft = JSON.parse(text) as LocalDraft;
		return Array.isArray(draft.zones) && Number.isInteger(draft.baseVersion) ? draft : null;
	} catch {
		return null;
	}
}

export function clearLocalDraft(proposalId: number): void {
	try {
		localStorage.removeItem(key(proposalId));
	} catch {
		// Nothing to clear.
	}
}
