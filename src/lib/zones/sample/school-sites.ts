import type { ZoneSite } from './voronoi-zones';

/** Schools that serve the whole municipality or choose their pupils: not a local area's centre. */
const NOT_LOCAL = /videregående|stiftelsen|steinerskolen|international/i;
const LOWER_SECONDARY = /ungdomsskole/i;

/**
 * The schools a sample division into local areas grows from. Local areas in Norwegian
 * municipalities mostly follow primary-school catchments (barneskolekretser), so upper
 * secondary and private schools are left out, primary schools are preferred over lower
 * secondary ones, and a school closer than `minSpacing` metres to one already kept is
 * dropped (two buildings of one school, or two schools on one campus). Deterministic: the
 * input order does not matter. A trailing " skole" or " barneskole" is dropped from the zone name.
 * @example schoolSites([{ name: 'Heggedal skole', x: 584100, y: 6630900 }]) // [{ name: 'Heggedal', … }]
 */
export function schoolSites(schools: readonly ZoneSite[], minSpacing = 1500): ZoneSite[] {
	const candidates = schools
		.filter((s) => !NOT_LOCAL.test(s.name) && Number.isFinite(s.x) && Number.isFinite(s.y))
		.sort(
			(a, b) =>
				Number(LOWER_SECONDARY.test(a.name)) - Number(LOWER_SECONDARY.test(b.name)) ||
				a.name.localeCompare(b.name, 'nb') ||
				a.x - b.x ||
				a.y - b.y
		);
	const kept: ZoneSite[] = [];
	for (const school of candidates) {
		if (kept.some((k) => Math.hypot(k.x - school.x, k.y - school.y) < minSpacing)) continue;
		kept.push({ name: school.name.replace(/\s+(barne)?skole$/i, ''), x: school.x, y: school.y });
	}
	return kept.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
