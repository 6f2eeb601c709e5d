import Flatbush from 'flatbush';
import { Clipper, FillRule, type Paths64 } from 'clipper2-ts';
import { boxIntersection, boxOf, boxesTouch, type Box } from './geometry/box';
import { coveredTwice } from './geometry/covered-twice';
import { pathsArea } from './geometry/paths-area';
import { RegionIndex } from './geometry/region-index';
import { splitPieces } from './geometry/split-pieces';

/** Anything with a region and its box. */
export interface Shaped {
	shape: Paths64;
	box: Box | null;
}

/** Two items (by index, i < j) whose regions overlap with positive area, and where. */
export interface OverlapPair {
	i: number;
	j: number;
	shape: Paths64;
	/** mm². */
	area: number;
}

/** A connected piece covered by the same two or more items everywhere. */
export interface OverlapPiece {
	/** Indices of the covering items, ascending. */
	cover: number[];
	shape: Paths64;
}

/**
 * Every pair of items that overlap with positive area (plan-standards §5 R1: "Formålsflatene
 * 'A' og 'B' overlapper med X m²"). Candidate pairs come from a Flatbush index of the boxes;
 * a pair is intersected only if the common part of its boxes reaches the region covered
 * twice (one sweep for all items), so neighbours that merely touch cost no overlay.
 * @example findOverlapPairs(landuse).map((p) => [p.i, p.j, p.area])
 */
export function findOverlapPairs(items: Shaped[]): OverlapPair[] {
	const twice = coveredTwice(
		items.map((item) => item.shape),
		items.map((item) => item.box)
	);
	if (pathsArea(twice) <= 0) return [];
	const region = new RegionIndex(twice);
	const indexed = items.flatMap((item, i) => (item.box ? [{ i, box: item.box }] : []));
	if (indexed.length < 2) return [];
	const index = new Flatbush(indexed.length);
	for (const { box } of indexed) index.add(box.minX, box.minY, box.maxX, box.maxY);
	index.finish();
	const pairs: OverlapPair[] = [];
	for (const [k, { i, box }] of indexed.entries()) {
		const hits = index
			.search(box.minX, box.minY, box.maxX, box.maxY)
			.filter((h) => h > k)
			.sort((a, b) => a - b);
		for (const h of hits) {
			const other = indexed[h]!;
			const common = boxIntersection(box, other.box);
			if (!common || region.classify(common) === 'outside') continue;
			const shape = Clipper.intersect(items[i]!.shape, items[other.i]!.shape, FillRule.NonZero);
			const area = pathsArea(shape);
			if (area > 0) pairs.push({ i, j: other.i, shape, area });
		}
	}
	return pairs;
}

/**
 * The overlaps of a set of regions as connected pieces of constant cover: a point covered by
 * features a, b and c lies in the piece with cover [a, b, c], not in three pairwise pieces.
 * Pair intersections that share no point with another pair are split directly; the few that
 * do (three or more features over one spot) are refined into their arrangement.
 * @example findOverlapPieces(landuse).map((p) => p.cover) // [[0, 4], [2, 3, 7]]
 */
export function findOverlapPieces(items: Shaped[]): OverlapPiece[] {
	const pairs = findOverlapPairs(items);
	const pieces: OverlapPiece[] = [];
	for (const cluster of clusterPairs(pairs)) {
		const regions =
			cluster.length === 1
				? [{ cover: [cluster[0]!.i, cluster[0]!.j], shape: cluster[0]!.shape }]
				: arrange(cluster);
		for (const region of regions) {
			for (const shape of splitPieces(region.shape)) pieces.push({ cover: region.cover, shape });
		}
	}
	return pieces;
}

/** Groups pairs whose intersections overlap; such pairs always share an item. */
function clusterPairs(pairs: OverlapPair[]): OverlapPair[][] {
	const parent = pairs.map((_, k) => k);
	const find = (k: number): number => {
		while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!;
		return k;
	};
	const byItem = new Map<number, number[]>();
	for (const [k, p] of pairs.entries()) {
		for (const item of [p.i, p.j]) byItem.set(item, [...(byItem.get(item) ?? []), k]);
	}
	const boxes = pairs.map((p) => boxOf(p.shape));
	for (const ks of byItem.values()) {
		for (let a = 0; a < ks.length; a++) {
			for (let b = a + 1; b < ks.length; b++) {
				const ka = ks[a]!;
				const kb = ks[b]!;
				const ba = boxes[ka];
				const bb = boxes[kb];
				if (!ba || !bb || !boxesTouch(ba, bb) || find(ka) === find(kb)) continue;
				const common = Clipper.intersect(pairs[ka]!.shape, pairs[kb]!.shape, FillRule.NonZero);
				if (pathsArea(common) > 0) parent[find(kb)] = find(ka);
			}
		}
	}
	const clusters = new Map<number, OverlapPair[]>();
	for (const [k, p] of pairs.entries()) {
		const root = find(k);
		clusters.set(root, [...(clusters.get(root) ?? []), p]);
	}
	return [...clusters.values()];
}

/** Splits overlapping pair intersections into regions of constant cover. */
function arrange(cluster: OverlapPair[]): Array<{ cover: number[]; shape: Paths64 }> {
	let regions: Array<{ cover: number[]; shape: Paths64 }> = [];
	for (const pair of cluster) {
		let rest = pair.shape;
		const next: typeof regions = [];
		for (const region of regions) {
			const common = Clipper.intersect(region.shape, pair.shape, FillRule.NonZero);
			if (pathsArea(common) <= 0) {
				next.push(region);
				continue;
			}
			const outside = Clipper.difference(region.shape, pair.shape, FillRule.NonZero);
			if (pathsArea(outside) > 0) next.push({ cover: region.cover, shape: outside });
			next.push({
				cover: [...new Set([...region.cover, pair.i, pair.j])].sort((a, b) => a - b),
				shape: common
			});
			rest = Clipper.difference(rest, region.shape, FillRule.NonZero);
		}
		if (pathsArea(rest) > 0) next.push({ cover: [pair.i, pair.j], shape: rest });
		regions = next;
	}
	const byCover = new Map<string, { cover: number[]; shapes: Paths64 }>();
	for (const region of regions) {
		const key = region.cover.join(',');
		const entry = byCover.get(key) ?? { cover: region.cover, shapes: [] };
		entry.shapes.push(...region.shape);
		byCover.set(key, entry);
	}
	return [...byCover.values()].map(({ cover, shapes }) => ({
		cover,
		shape: Clipper.union(shapes, FillRule.NonZero)
	}));
}
