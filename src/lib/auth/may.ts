import { decide } from './policy';
import type { Role } from './roles';
import type { SessionUser } from './types';

/**
 * Whether the signed-in user has `role`'s rights, for hiding controls they cannot use. Only
 * a courtesy: the server decides again on every request (hooks.server.ts).
 */
export function may(account: SessionUser | null | undefined, role: Role): boolean {
	return decide(role, { role: account?.role ?? null, viaShare: false }) === 'allow';
}
