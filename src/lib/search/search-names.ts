/** Something the map search can find: a municipality now; buildings, services, zones, plans later. */
export interface SearchItem {
	/** `type:id`, the same form as the map's selection, e.g. `municipality:0627`. */
	key: string;
	label: string;
	detail: string;
	/** Extra words that should find the item, e.g. a kommunenummer or plan id. */
	aliases?: string[];
}

/**
 * Folds text so that users find "Røyken" by typing "royken" or "RØYKEN": lower case,
 * æ→ae, ø→o, å→a, other accents removed.
 * @example foldName('Røyken') // 'royken'
 */
export function foldName(text: string): string {
	return text
		.toLowerCase()
		.replaceAll('æ', 'ae')
		.replaceAll('ø', 'o')
		.replaceAll('å', 'a')
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.trim();
}

/**
 * Type-ahead search: items whose label or alias starts with the query come first, then
 * those with a word starting with it, then those containing it anywhere; ties by label.
 * @example searchNames(items, 'hur').map((i) => i.label) // ['Hurum']
 */
export function searchNames(items: readonly SearchItem[], query: string, limit = 8): SearchItem[] {
	const q = foldName(query);
	if (!q) return [];
	const scored = items
		.map((item) => ({ item, score: score(item, q) }))
		.filter((s) => s.score > 0)
		.sort((a, b) => b.score - a.score || a.item.label.localeCompare(b.item.label, 'nb'));
	return scored.slice(0, limit).map((s) => s.item);
}

function score(item: SearchItem, q: string): number {
	const texts = [item.label, ...(item.aliases ?? [])].map(foldName);
	if (texts.some((t) => t.startsWith(q))) return 3;
	if (texts.some((t) => t.split(/[\s-]+/).some((w) => w.startsWith(q)))) return 2;
	if (texts.some((t) => t.includes(q))) return 1;
	return 0;
}
