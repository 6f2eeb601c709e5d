import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session cookies and share links. Unguessable by construction. */
export function newToken(): string {
	return randomBytes(32).toString('base64url');
}

/**
 * What the database stores instead of a token. A plain SHA-256 is enough (unlike passwords):
 * the token already has 256 bits of entropy, so there is nothing to brute-force.
 */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
