/**
 * The four roles. `admin` manages users and settings (and may do everything else),
 * `eiendom` edits buildings and benchmarks, `planlegger` edits zones and plans and runs
 * merges, `leser` (politicians) reads.
 */
export const ROLES = ['admin', 'eiendom', 'planlegger', 'leser'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** What a request needs: a share link or nothing (`public`), any signed-in user, or a role. */
export type Access = 'public' | 'share' | 'signed-in' | Role;
