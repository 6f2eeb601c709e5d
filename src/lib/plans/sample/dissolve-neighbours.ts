import type { Paths64, Point64 } from 'clipper2-ts';
import type { Random } from '../../buildings/sample/prng';
import { partsOf, unionAreas } from './area-ops';
import { findPolygonProblem } from './find-polygon-problem';
import type { DraftArea } from './types';

/** Most cells one dissolved area may have, by code; codes not listed stay single. */
const GROUP_SIZE: Readonly<Record<string, number>> = {
	5100: 9,
	6001: 6,
	6700: 4,
	3020: 4,
	5210: 3,
	1110: 3,
	1120: 2,
	1300: 2
};

/**
 * Joins neighbouring cells of the same code and status into one area, as a planner draws
 * one LNFR area rather than a dozen Voronoi cells. Groups grow breadth-first over shared
 * edges up to a random size; a group whose union would not be one clean polygon (it would
 * touch itself at a vertex) stays as separate cells. Locked areas are left alone.
 * @example dissolveNeighbours(cells, 0.6, createRandom('0220:dissolve')).length < cells.length
 */
export function dissolveNeighbours(areas: DraftArea[], share: number, random: Random): DraftArea[] {
	const neighbours = neighbourLists(areas);
	const taken = new Array<boolean>(areas.length).fill(false);
	const out: DraftArea[] = [];
	areas.forEach((start, i) => {
		if (taken[i]) return;
		taken[i] = true;
		const limit = GROUP_SIZE[start.code] ?? 1;
		const size =
			start.tags.length > 0 || !random.chance(share) ? 1 : random.int(2, Math.max(2, limit));
		const group = [i];
		for (let g = 0; g < group.length && group.length < size; g++) {
			for (const j of neighbours[group[g] as number] ?? []) {
				const other = areas[j] as DraftArea;
				if (
					taken[j] ||
					other.tags.length > 0 ||
					other.code !== start.code ||
					other.status !== start.status
				)
					continue;
				if (group.length >= size) break;
				taken[j] = true;
				group.push(j);
			}
		}
		out.push(...joinGroup(group.map((k) => areas[k] as DraftArea)));
	});
	return out;
}

/**
 * One area for a group of neighbours (with the first one's code, status and tags), or the
 * group unchanged when the union is not one clean polygon.
 * @example joinGroup([a, b]).length // 1
 */
export function joinGroup(members: readonly DraftArea[]): DraftArea[] {
	const [first] = members;
	if (!first || members.length === 1) return [...members];
	const parts = partsOf(unionAreas(members.map((m) => m.area)));
	if (parts.length === 1 && findPolygonProblem(parts[0] as Paths64) === null) {
		return [{ ...first, area: parts[0] as Paths64 }];
	}
	return [...members];
}

/** For each area, the areas it shares at least one edge with (same two vertices). */
export function neighbourLists(areas: readonly DraftArea[]): number[][] {
	const byEdge = new Map<string, number[]>();
	areas.forEach(({ area }, i) => {
		for (const path of area) {
			path.forEach((a, k) => {
				const key = edgeKey(a, path[(k + 1) % path.length] as Point64);
				const list = byEdge.get(key) ?? [];
				if (list[list.length - 1] !== i) list.push(i);
				byEdge.set(key, list);
			});
		}
	});
	const lists = areas.map(() => new Set<number>());
	for (const list of byEdge.values()) {
		for (const i of list) for (const j of list) if (i !== j) lists[i]?.add(j);
	}
	return lists.map((set) => [...set].sort((a, b) => a - b));
}

function edgeKey(a: Point64, b: Point64): string {
	const [p, q] = a.x < b.x || (a.x === b.x && a.y < b.y) ? [a, b] : [b, a];
	return `${p.x},${p.y},${q.x},${q.y}`;
}
