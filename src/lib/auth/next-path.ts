/**
 * Where to go after signing in: only a path on this site. The value is resolved the way a
 * browser resolves a Location header, so tricks that leave the site (`//evil`, `/\evil`,
 * `/\t/evil`, whose tab browsers drop) are caught by what they resolve to, not by a pattern.
 */
export function safeNextPath(next: string | null | undefined): string {
	if (!next || !next.startsWith('/')) return '/';
	const here = 'http://planbord.invalid';
	let resolved: URL;
	try {
		resolved = new URL(next, here);
	} catch {
		return '/';
	}
	const controlOrBackslash = [...next].some((c) => c.charCodeAt(0) < 0x20 || c === '\\');
	if (resolved.origin !== here || controlOrBackslash) return '/';
	const path = resolved.pathname + resolved.search + resolved.hash;
	if (path.startsWith('/logg-inn') || path.startsWith('/logg-ut')) return '/';
	return path;
}
