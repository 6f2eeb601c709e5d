/**
 * Where to go after signing in. Only a path on this site: `//evil.example` and
 * `https://…` would turn the login page into an open redirect.
 */
export function safeNextPath(next: string | null | undefined): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
	if (next.startsWith('/logg-inn') || next.startsWith('/logg-ut')) return '/';
	return next;
}
