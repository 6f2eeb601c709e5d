import { COMPARE_TEXT as text } from '$lib/i18n/zone-compare';

/** Which proposals and versions to compare; a version left out means the newest. */
export interface CompareParams {
	a: number;
	b: number;
	av: number | undefined;
	bv: number | undefined;
}

export type ParsedCompareParams =
	{ ok: true; params: CompareParams } | { ok: false; message: string };

/** Up to nine digits, no leading zero: what a proposal id or version number can be. */
const POSITIVE = /^[1-9][0-9]{0,8}$/;

/**
 * `?a=ID&b=ID` with optional `&av=N&bv=N`, read strictly so a mistyped address gets a clear
 * message (400) instead of a database error. The same proposal twice is allowed: that is
 * how two versions of one proposal are compared.
 * @example parseCompareParams(new URLSearchParams('a=1&b=2&bv=3'))
 */
export function parseCompareParams(search: URLSearchParams): ParsedCompareParams {
	const a = search.get('a')?.trim() ?? '';
	const b = search.get('b')?.trim() ?? '';
	if (!a || !b) return { ok: false, message: text.missingIds };
	for (const id of [a, b]) {
		if (!POSITIVE.test(id)) return { ok: false, message: text.badId(id) };
	}
	const versions: Array<number | undefined> = [];
	for (const key of ['av', 'bv']) {
		const value = search.get(key)?.trim() ?? '';
		if (!value) {
			versions.push(undefined);
			continue;
		}
		if (!POSITIVE.test(value)) return { ok: false, message: text.badVersion(value) };
		versions.push(Number(value));
	}
	return { ok: true, params: { a: Number(a), b: Number(b), av: versions[0], bv: versions[1] } };
}
