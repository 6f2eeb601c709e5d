import type { Role } from './roles';

/** What the app knows about the signed-in user on every request. */
export interface SessionUser {
	id: number;
	username: string;
	displayName: string;
	role: Role;
	mustChangePassword: boolean;
}

/** An anonymous visitor who came through a published share link. */
export interface ShareAccess {
	id: number;
	/** The proposal whose zones the link shows; null when it shows no zones. */
	proposalId: number | null;
	/** The map's query string as published (zoom, layers, selection). */
	view: string;
}
