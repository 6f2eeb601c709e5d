import { Clipper, FillRule, type Paths64 } from 'clipper2-ts';
import { boxOf } from './geometry/box';
import { pathsArea } from './geometry/paths-area';
import type { RegionIndex } from './geometry/region-index';

/**
 * How much of a piece (mm²) lies in each old municipality's territory, for those where it
 * is more than nothing, sorted by kommunenummer. The territories overlap each other in the
 * generalised data (plan-standards §5 R2), so the areas may add up to more than the piece.
 * @example areaByTerritory(gapPiece, territories) // [{ municipality: '0627', area: 2.5e9 }]
 */
export function areaByTerritory(
	piece: Paths64,
	territories: Map<string, RegionIndex>
): Array<{ municipality: string; area: number }> {
	const box = boxOf(piece);
	if (!box) return [];
	const out: Array<{ municipality: string; area: number }> = [];
	for (const [municipality, index] of territories) {
		const placement = index.classify(box);
		if (placement === 'outside') continue;
		const area =
			placement === 'inside'
				? pathsArea(piece)
				: pathsArea(Clipper.intersect(piece, index.shape, FillRule.NonZero));
		if (area > 0) out.push({ municipality, area });
	}
	return out.sort((a, b) => (a.municipality < b.municipality ? -1 : 1));
}
