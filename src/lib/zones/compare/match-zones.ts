import type { Zone } from '../types';
import type { MatchKind } from './types';

/** Zone `a` of A corresponds to zone `b` of B (indices). */
export interface ZonePair {
	a: number;
	b: number;
	by: MatchKind;
}

/**
 * Pairs the zones of A with those of B: first by id (a copied proposal keeps its zone ids,
 * so an edited zone is still the same zone however far its border moved), then the rest by
 * the largest shared ground, greedily and one-to-one, so a zone redrawn under a new id is
 * still recognised. Zones sharing no ground with any free zone stay unmatched.
 * @example matchZones(a, b, [{ a: 0, b: 1, area: 5e11 }]) // [{ a: 0, b: 1, by: 'overlap' }]
 */
export function matchZones(
	a: readonly Zone[],
	b: readonly Zone[],
	shared: ReadonlyArray<{ a: number; b: number; area: number }>
): ZonePair[] {
	const pairs: ZonePair[] = [];
	const usedA = new Set<number>();
	const usedB = new Set<number>();
	const byId = new Map<string, number>();
	b.forEach((zone, j) => {
		if (!byId.has(zone.id)) byId.set(zone.id, j);
	});
	a.forEach((zone, i) => {
		const j = byId.get(zone.id);
		if (j === undefined || usedB.has(j)) return;
		pairs.push({ a: i, b: j, by: 'id' });
		usedA.add(i);
		usedB.add(j);
	});
	const candidates = shared
		.filter((s) => s.area > 0 && !usedA.has(s.a) && !usedB.has(s.b))
		.sort((p, q) => q.area - p.area || p.a - q.a || p.b - q.b);
	for (const c of candidates) {
		if (usedA.has(c.a) || usedB.has(c.b)) continue;
		pairs.push({ a: c.a, b: c.b, by: 'overlap' });
		usedA.add(c.a);
		usedB.add(c.b);
	}
	return pairs.sort((p, q) => p.a - q.a);
}
