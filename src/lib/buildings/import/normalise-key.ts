/**
 * A comparison key for free text typed by people: lower case, Norwegian letters folded
 * (æ → ae, ø → o, å → a), other diacritics dropped, and everything that is not a letter or a
 * digit removed. "Røyken", "ROYKEN" and "røy-ken" all give "royken".
 * @example normaliseKey('Vedlikeholds-etterslep') // 'vedlikeholdsetterslep'
 */
export function normaliseKey(text: string): string {
	let key = KEYS.get(text);
	if (key === undefined) {
		if (KEYS.size >= MAX_CACHED_KEYS) KEYS.clear();
		KEYS.set(text, (key = words(text).join('')));
	}
	return key;
}

/** Code-list cells repeat ("skole", "TG2", "Asker"); remembering their keys halves the time. */
const KEYS = new Map<string, string>();
const MAX_CACHED_KEYS = 10_000;

/** Words that say which unit a header is in and nothing about which field it is. */
const UNIT_WORDS = new Set(['m2', 'kvm', 'kr', 'nok', 'i']);

/**
 * A key for a column header: like `normaliseKey`, but text in brackets and trailing unit
 * words are dropped first, so "BTA (m²)", "BTA m2" and "bta" match.
 * @example normaliseHeader('Vedlikeholdsetterslep (kr)') // 'vedlikeholdsetterslep'
 */
export function normaliseHeader(header: string): string {
	const parts = words(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
	while (parts.length > 1 && UNIT_WORDS.has(parts[parts.length - 1] as string)) parts.pop();
	return parts.join('');
}

function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'o')
		.replace(/å/g, 'a')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.split(/[^a-z0-9]+/)
		.filter((word) => word !== '');
}
