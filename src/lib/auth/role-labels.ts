import type { Role } from './roles';

const LABELS: Record<Role, string> = {
	admin: 'administrator',
	eiendom: 'eiendom (bygg og normtall)',
	planlegger: 'planlegger (lokalområder og planer)',
	leser: 'leser (kun lesetilgang)'
};

export function roleLabel(role: Role): string {
	return LABELS[role];
}
