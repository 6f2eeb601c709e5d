import { Clipper, FillRule, type Paths64 } from 'clipper2-ts';
import { boxOf } from './geometry/box';
import { pathsArea } from './geometry/paths-area';
import { sharedBorderLength } from './geometry/shared-border-length';
import { UNITS_PER_METRE } from './geometry/to-paths';
import { mainKeyOf, type AreaLedger } from './account';
import { findOverlapPieces } from './find-overlaps';
import { label, type DraftConflict, type WorkFeature } from './work-feature';

const M2 = UNITS_PER_METRE ** 2;

/**
 * Step 5 (plan-standards §5 R1/R2: arealformål may not overlap). Every piece covered by two
 * or more land-use features, across plans or within one, goes to the candidate that shares
 * the longest border with it, measured against the candidate's own geometry minus the
 * piece: the piece then extends the area it is most part of. Ties go to the first in
 * (municipality, objectId) order. The piece is cut from the others (`overlapRemoved`).
 * Expects `features` in rank order; returns the land use that kept area, in rank order.
 * @example resolveOverlaps(landuse, ledger, conflicts)
 */
export function resolveOverlaps(
	features: WorkFeature[],
	ledger: AreaLedger,
	conflicts: DraftConflict[]
): WorkFeature[] {
	const lost = new Map<number, Array<{ piece: Paths64; winner: number }>>();
	/** For each feature, every feature that covered a piece it won. */
	const beaten = new Map<number, Set<number>>();
	for (const piece of findOverlapPieces(features)) {
		const candidates = piece.cover.map((k) => features[k]!);
		const borders = candidates.map((c) =>
			sharedBorderLength(piece.shape, Clipper.difference(c.shape, piece.shape, FillRule.NonZero))
		);
		let best = 0;
		for (let k = 1; k < candidates.length; k++) if (borders[k]! > borders[best]!) best = k;
		const winner = candidates[best]!;
		const won = beaten.get(piece.cover[best]!) ?? new Set<number>();
		for (const k of piece.cover) won.add(k);
		beaten.set(piece.cover[best]!, won);
		const area = pathsArea(piece.shape);
		const losers = candidates.filter((_, k) => k !== best);
		for (const [k, loser] of piece.cover.entries()) {
			if (k === best) continue;
			lost.set(loser, [
				...(lost.get(loser) ?? []),
				{ piece: piece.shape, winner: piece.cover[best]! }
			]);
			ledger.add(
				features[loser]!.municipality,
				mainKeyOf(features[loser]!),
				'overlapRemoved',
				area
			);
		}
		conflicts.push({
			type: 'overlap',
			rule: 'overlap-to-longest-border',
			municipalities: [...new Set(candidates.map((c) => c.municipality))].sort(),
			sourceObjects: candidates,
			shape: piece.shape,
			area: area / M2,
			target: { rank: winner.rank, piece: piece.shape },
			detail: `kept by ${label(winner)} (border ${borders[best]!.toFixed(2)} m); removed from ${losers
				.map((l) => `${label(l)} (border ${borders[candidates.indexOf(l)]!.toFixed(2)} m)`)
				.join(', ')}`
		});
	}
	const kept: WorkFeature[] = [];
	for (const [k, feature] of features.entries()) {
		const pieces = lost.get(k);
		if (!pieces) {
			kept.push(feature);
			continue;
		}
		const shape = Clipper.difference(
			feature.shape,
			subtrahend(pieces, features, beaten.get(k)),
			FillRule.NonZero
		);
		if (pathsArea(shape) > 0) kept.push({ ...feature, shape, box: boxOf(shape) });
	}
	return kept;
}

/**
 * What a loser gives up. Where it won nothing from a winner, it gives up the winner's whole
 * shape instead of the pieces: the same area, but the new border is then made of the
 * winner's own edges, so the two do not overlap by the rounding of a separate overlay.
 */
function subtrahend(
	pieces: Array<{ piece: Paths64; winner: number }>,
	features: WorkFeature[],
	wonAgainst: Set<number> | undefined
): Paths64 {
	const winners = new Set<number>();
	const rest: Paths64 = [];
	for (const { piece, winner } of pieces) {
		if (wonAgainst?.has(winner)) rest.push(...piece);
		else winners.add(winner);
	}
	return [...[...winners].sort((a, b) => a - b).flatMap((w) => features[w]!.shape), ...rest];
}
