/** The shortest password accepted. Length is what counts (NSM/NIST), not character classes. */
export const MIN_PASSWORD_LENGTH = 12;
/** argon2 hashes anything, but a megabyte "password" is an attack on the CPU, not a password. */
export const MAX_PASSWORD_LENGTH = 256;

/** Why a new password is refused, in bokmål, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
	if (password.length < MIN_PASSWORD_LENGTH) {
		return `Passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn.`;
	}
	if (password.length > MAX_PASSWORD_LENGTH) {
		return `Passordet kan ha høyst ${MAX_PASSWORD_LENGTH} tegn.`;
	}
	if (password.toLowerCase().includes(username.toLowerCase())) {
		return 'Passordet kan ikke inneholde brukernavnet.';
	}
	return null;
}
