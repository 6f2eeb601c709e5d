import { Clipper, FillRule, type Paths64 } from 'clipper2-ts';
import { boxOf, type Box } from './box';
import { columnGroups } from './union-in-columns';

/**
 * The region covered by two or more of the given regions. Every region is Clipper output
 * (outer rings +1, holes −1), so the winding number at a point counts the regions covering
 * it; one clockwise rectangle around everything subtracts 1, and the Positive fill rule then
 * keeps exactly the points covered at least twice. One sweep replaces tens of thousands of
 * pairwise intersections of neighbours that merely touch. Large inputs are swept per
 * column (see union-in-columns.ts), and overlaps between columns are found by the same
 * sweep over the columns' unions.
 * @example coveredTwice([a, b, c]) // where any two of a, b, c overlap
 */
export function coveredTwice(regions: Paths64[], boxes?: Array<Box | null>): Paths64 {
	const groups = columnGroups(boxes ?? regions.map((r) => boxOf(r)));
	if (groups.length <= 1) return sweep(regions);
	const parts = groups.map((g) => sweep(g.map((i) => regions[i]!)));
	const unions = groups.map((g) =>
		Clipper.union(
			g.flatMap((i) => regions[i]!),
			FillRule.NonZero
		)
	);
	return Clipper.union([...parts.flat(), ...sweep(unions)], FillRule.NonZero);
}

function sweep(regions: Paths64[]): Paths64 {
	const all = regions.flat();
	const box = boxOf(all);
	if (!box) return [];
	const frame = [
		{ x: box.minX - 1, y: box.minY - 1 },
		{ x: box.minX - 1, y: box.maxY + 1 },
		{ x: box.maxX + 1, y: box.maxY + 1 },
		{ x: box.maxX + 1, y: box.minY - 1 }
	];
	return Clipper.union([...all, frame], FillRule.Positive);
}
