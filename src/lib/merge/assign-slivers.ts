import { Clipper, FillRule, type Paths64 } from 'clipper2-ts';
import { boxOf } from './geometry/box';
import { meanWidth } from './geometry/mean-width';
import { pathsArea } from './geometry/paths-area';
import type { RegionIndex } from './geometry/region-index';
import { UNITS_PER_METRE } from './geometry/to-paths';
import { mainKeyOf, type AreaLedger } from './account';
import { areaByTerritory } from './area-by-territory';
import { findGaps } from './find-gaps';
import { neighboursOf } from './find-neighbours';
import { label, type DraftConflict, type WorkFeature } from './work-feature';

const M2 = UNITS_PER_METRE ** 2;

/** A gap the rules could not give away: it becomes an output area 'Uavklart'. */
export interface UnresolvedArea {
	rank: number;
	/** Old municipality whose territory holds most of it, or 'ny'. */
	municipality: string;
	shape: Paths64;
}

export interface GapOutcome {
	features: WorkFeature[];
	unresolved: UnresolvedArea[];
}

/**
 * Step 6 (plan-standards §5 R1 and R17). The new boundary minus all land use, piece by
 * connected piece: a piece narrower than `sliverWidth` (mean width 2A/P) or smaller than
 * `minArea` is a sliver left by digitising along the old borders, and joins the bordering
 * feature with the longest shared border; any other piece, or a sliver that touches no land
 * use, is a real hole in the plans that only a planner can fill, so it becomes 'Uavklart'.
 * Unresolved areas get ranks from `firstRank`, ordered by municipality then position.
 * @example assignSlivers(landuse, boundary, territories, { sliverWidth: 5, minArea: 1 }, n, ledger, conflicts)
 */
export function assignSlivers(
	features: WorkFeature[],
	boundary: RegionIndex,
	territories: Map<string, RegionIndex>,
	thresholds: { sliverWidth: number; minArea: number },
	firstRank: number,
	ledger: AreaLedger,
	conflicts: DraftConflict[]
): GapOutcome {
	const pieces = findGaps(
		boundary.shape,
		features.map((f) => f.shape)
	);
	const bordering = neighboursOf(pieces, features);
	const received = new Map<number, Paths64[]>();
	const open: Array<{ municipality: string; shape: Paths64; conflict: DraftConflict }> = [];
	for (const [k, piece] of pieces.entries()) {
		const area = pathsArea(piece);
		const width = meanWidth(piece);
		const sliver = width < thresholds.sliverWidth || area / M2 < thresholds.minArea;
		const neighbours = bordering[k]!.map((b) => ({
			feature: features[b.index]!,
			border: b.border
		}));
		const under = areaByTerritory(piece, territories);
		const why = `mean width ${width.toFixed(2)} m, ${(area / M2).toFixed(2)} m²`;
		const receiver = sliver ? neighbours[0] : undefined;
		if (receiver) {
			const { feature, border } = receiver;
			received.set(feature.rank, [...(received.get(feature.rank) ?? []), piece]);
			ledger.add(feature.municipality, mainKeyOf(feature), 'slivered', area);
			conflicts.push({
				type: 'gap',
				rule: 'sliver-to-longest-border',
				municipalities: [
					...new Set([feature.municipality, ...under.map((u) => u.municipality)])
				].sort(),
				sourceObjects: [feature],
				shape: piece,
				area: area / M2,
				target: { rank: feature.rank, piece },
				detail: `sliver (${why}); merged into ${label(feature)} (border ${border.toFixed(2)} m)`
			});
			continue;
		}
		const most = [...under].sort((a, b) => b.area - a.area)[0];
		const municipality = most?.municipality ?? 'ny';
		ledger.add(municipality, 'uavklart', 'unresolved', area);
		open.push({
			municipality,
			shape: piece,
			conflict: {
				type: 'gap',
				rule: 'gap-unresolved',
				municipalities: under.map((u) => u.municipality),
				sourceObjects: neighbours.map((n) => n.feature).sort((a, b) => a.rank - b.rank),
				shape: piece,
				area: area / M2,
				target: null,
				detail: `${sliver ? 'sliver touching no land use' : 'gap'} (${why}); unresolved${
					neighbours.length > 0
						? `, bordering ${neighbours.map((n) => label(n.feature)).join(', ')}`
						: ''
				}`
			}
		});
	}
	// Stable sort: pieces are already in canonical position order within a municipality.
	open.sort((a, b) =>
		a.municipality < b.municipality ? -1 : a.municipality > b.municipality ? 1 : 0
	);
	const unresolved = open.map((o, k) => {
		const rank = firstRank + k;
		conflicts.push({ ...o.conflict, target: { rank, piece: null } });
		return { rank, municipality: o.municipality, shape: o.shape };
	});
	const updated = features.map((feature) => {
		const slivers = received.get(feature.rank);
		if (!slivers) return feature;
		const shape = Clipper.union([...feature.shape, ...slivers.flat()], FillRule.NonZero);
		return { ...feature, shape, box: boxOf(shape) };
	});
	return { features: updated, unresolved };
}
