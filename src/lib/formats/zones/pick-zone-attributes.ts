import type { RawZoneFeature, ZoneImportNote } from './types';

/** Attribute names a zone's name is found under, case-insensitively, first match wins. */
const NAME_KEYS = ['name', 'navn', 'lokalomrade', 'lokalområde'];
/** Attribute names a zone's id is found under; GeoJSON's Feature `id` is tried last. */
const ID_KEYS = ['zone_id', 'id'];

/**
 * The name a file gives a zone (`name`, `navn`, `lokalomrade`, any case), or null.
 * @example zoneName({ Navn: 'Heggedal' }) // 'Heggedal'
 */
export function zoneName(properties: Record<string, unknown>): string | null {
	for (const key of NAME_KEYS) {
		const text = asText(lookup(properties, key));
		if (text) return text;
	}
	return null;
}

/**
 * Ids for the zones: the first of `zone_id`, `id` or the Feature id that every feature has
 * and no two share. Otherwise `sone-1`, `sone-2`, … by place in the file, stable when the
 * same file is read again, with a note when the file had ids that could not be kept.
 * @example pickZoneIds(features).ids // ['A', 'B']
 */
export function pickZoneIds(features: readonly RawZoneFeature[]): {
	ids: string[];
	note: ZoneImportNote | null;
} {
	const sources: ((f: RawZoneFeature) => unknown)[] = [
		...ID_KEYS.map((key) => (f: RawZoneFeature) => lookup(f.properties, key)),
		(f) => f.featureId
	];
	let problem: string | null = null;
	for (const source of sources) {
		const values = features.map((f) => asText(source(f)));
		if (values.every((v) => v === null)) continue;
		const seen = new Set<string>();
		const duplicate = values.find((v) => v !== null && (seen.has(v) || !seen.add(v)));
		if (duplicate === undefined && !values.includes(null))
			return { ids: values as string[], note: null };
		problem ??=
			duplicate !== undefined
				? `id "${duplicate}" occurs more than once`
				: `${values.filter((v) => v === null).length} of ${values.length} zones have no id`;
	}
	const ids = features.map((_, i) => `sone-${i + 1}`);
	const note: ZoneImportNote | null = problem
		? {
				kind: 'ids-generated',
				zoneId: null,
				zoneName: null,
				detail: `${problem}; the zones were given the ids sone-1 … sone-${features.length}`
			}
		: null;
	return { ids, note };
}

function lookup(properties: Record<string, unknown>, key: string): unknown {
	if (key in properties) return properties[key];
	const found = Object.keys(properties).find((k) => k.toLowerCase() === key);
	return found === undefined ? undefined : properties[found];
}

function asText(value: unknown): string | null {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') return null;
	const text = value.trim();
	return text ? text : null;
}
