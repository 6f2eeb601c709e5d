import { GeometryError, ReasonOverlayFailed } from '$lib/errors';

/**
 * PGlite answers a GEOS exception inside a query with zero rows instead of an error, while
 * PostgreSQL raises (e.g. TopologyException). Callers of overlay queries that must return
 * rows pass the result through here, so both backends end in the same GeometryError.
 */
export function requireRows<T>(rows: T[], what: string, expected = 1): T[] {
	if (rows.length < expected) {
		throw new GeometryError(
			ReasonOverlayFailed,
			`${what} returned ${rows.length} of ${expected} expected rows (a geometry operation failed)`
		);
	}
	return rows;
}

/** Turns a PostgreSQL GEOS error (XX000 TopologyException, …) into the same GeometryError. */
export async function overlayQuery<T>(
	what: string,
	run: () => Promise<T[]>,
	expected = 1
): Promise<T[]> {
	let rows: T[];
	try {
		rows = await run();
	} catch (cause) {
		const message = causeChain(cause);
		if (/GEOS|Topology|IllegalArgument|non-noded/i.test(message)) {
			throw new GeometryError(ReasonOverlayFailed, `${what} failed: ${message}`);
		}
		throw cause;
	}
	return requireRows(rows, what, expected);
}

/** Drizzle wraps driver errors ("Failed query: …"); the GEOS text is in `cause`. */
function causeChain(error: unknown): string {
	const parts: string[] = [];
	for (let e = error; e; e = (e as { cause?: unknown }).cause) {
		parts.push(e instanceof Error ? e.message : String(e));
		if (parts.length > 5) break;
	}
	return parts.join(' ← ');
}
