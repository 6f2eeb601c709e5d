import { hash, verify, type Options } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

/** `Algorithm.Argon2id` is an ambient const enum, which isolated modules cannot read. */
const ARGON2ID: Options = { algorithm: 2 as Options['algorithm'] };

/**
 * argon2id with the library's defaults (m = 19 MiB, t = 2, p = 1: OWASP's minimum). The
 * parameters travel in the PHC string, so raising them later still verifies old hashes.
 */
export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2ID);
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
	// Unknown users and OIDC-only accounts still pay for one hash, so the response time does
	// not tell an attacker which user names exist.
	if (!stored) {
		await hash(password, ARGON2ID);
		return false;
	}
	try {
		return await verify(stored, password);
	} catch {
		return false;
	}
}

/**
 * A one-time password for a new account or a reset: 15 characters from an alphabet without
 * look-alikes (0/O, 1/l/I), about 80 bits. Shown once; the user must change it.
 */
export function oneTimePassword(): string {
	const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
	const bytes = randomBytes(15);
	return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
