const MASK = '***';

/** Shorter literals are left alone: masking "pg" or "1" everywhere would garble the log. */
const MIN_LITERAL = 6;

type Replacement = string | ((match: string, ...groups: string[]) => string);

const RULES: readonly [RegExp, Replacement][] = [
	// The password in a URL's userinfo: postgres://planbord:secret@db:5432/planbord.
	[/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/?#@]*):[^\s@/]*@/gi, `$1:${MASK}@`],
	// A connection string set in a message or dump: DATABASE_URL=…, "DATABASE_URL": "…".
	[/\b(DATABASE_URL["']?\s*[=:]\s*)("[^"]*"|'[^']*'|\S+)/gi, `$1${MASK}`],
	// key=value secrets: libpq's `password=…`, `?password=…`, JSON `"token": "…"`.
	[
		/\b(pass(?:word|wd)?|pwd|sslpassword|secret|token|api[_-]?key)(["']?\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s&;,"']+)/gi,
		`$1$2${MASK}`
	],
	// Cookie and Set-Cookie header lines: every value, the names stay for debugging.
	[
		/\b((?:set-)?cookie["']?\s*:\s*)([^\r\n]+)/gi,
		(_, head: string, pairs: string) => head + pairs.replace(/([^=;\s]+)=([^;]*)/g, `$1=${MASK}`)
	],
	[/\b(Bearer\s+)[\w.~+/=-]+/g, `$1${MASK}`],
	// Session and share-link tokens are 32 random bytes in base64url (auth/tokens.ts): 43
	// characters, which nothing else Planbord logs is. Catches /delt/<token> in a URL too.
	[/(?<![\w-])[\w-]{43}(?![\w-])/g, MASK]
];

/**
 * `text` (an error message or stack) with secrets masked before it reaches a log: passwords
 * in connection strings, DATABASE_URL values, password/token/secret key-value pairs, cookie
 * values, bearer and session tokens, and every literal in `known` (the configured
 * DATABASE_URL, the request's cookie values) wherever it appears.
 * @example redactSecrets('connect postgres://planbord:hemmelig@db/planbord') // 'connect postgres://planbord:***@db/planbord'
 */
export function redactSecrets(text: string, known: readonly (string | undefined)[] = []): string {
	let out = text;
	const literals = known
		.filter((s): s is string => s !== undefined && s.length >= MIN_LITERAL)
		.sort((a, b) => b.length - a.length);
	for (const literal of literals) out = out.split(literal).join(MASK);
	for (const [pattern, replacement] of RULES) {
		out =
			typeof replacement === 'string'
				? out.replace(pattern, replacement)
				: out.replace(pattern, replacement);
	}
	return out;
}
