import type { Paths64 } from 'clipper2-ts';
import { planarArea } from '../../geometry/area';
import { lookupPositions, toZoneGeometry } from '../to-zone-geometry';
import type { Zone } from '../types';
import { crossOverlay } from './cross-overlay';
import { disjointShapes } from './disjoint-shapes';
import { matchZones } from './match-zones';
import type { DifferencePiece, ProposalComparison, ZoneChange, ZoneRef } from './types';

/**
 * What differs between two proposals: the ground whose zone in A and zone in B do not
 * correspond (plus ground only one of them covers), as connected pieces naming the zone on
 * each side; per matched zone the area change; and a summary. Zones correspond by id first,
 * then by largest shared ground (`matchZones`). A proposal compared with itself, or with a
 * copy, gives no pieces. Where a draft's zones overlap, the earlier zone is taken to cover
 * the overlap, so the pieces never overlap and their areas add up.
 * @example compareProposals(a.zones, b.zones).summary.changedArea // m²
 */
export function compareProposals(a: readonly Zone[], b: readonly Zone[]): ProposalComparison {
	const overlay = crossOverlay(disjointShapes(a), disjointShapes(b));
	const pairs = matchZones(a, b, overlay.shared);
	const partnerOfA = new Map(pairs.map((p) => [p.a, p.b]));
	const lookup = lookupPositions([...a, ...b].map((z) => z.geometry));
	const ref = (zone: Zone): ZoneRef => ({ id: zone.id, name: zone.name });

	const differences: Array<DifferencePiece & { ai: number | null; bi: number | null }> = [];
	const add = (pieces: Paths64[], ai: number | null, bi: number | null) => {
		for (const piece of pieces) {
			const geometry = toZoneGeometry(piece, lookup);
			if (!geometry) continue;
			differences.push({
				a: ai === null ? null : ref(a[ai]!),
				b: bi === null ? null : ref(b[bi]!),
				area: planarArea(geometry),
				geometry,
				ai,
				bi
			});
		}
	};
	for (const s of overlay.shared) {
		if (partnerOfA.get(s.a) !== s.b) add(s.pieces, s.a, s.b);
	}
	overlay.onlyA.forEach((pieces, i) => add(pieces, i, null));
	overlay.onlyB.forEach((pieces, j) => add(pieces, null, j));
	differences.sort((p, q) => q.area - p.area);

	const matches = pairs.map((p): ZoneChange => {
		const areaA = planarArea(a[p.a]!.geometry);
		const areaB = planarArea(b[p.b]!.geometry);
		return {
			a: ref(a[p.a]!),
			b: ref(b[p.b]!),
			matchedBy: p.by,
			areaA,
			areaB,
			change: areaB - areaA,
			lost: sum(differences.filter((d) => d.ai === p.a)),
			gained: sum(differences.filter((d) => d.bi === p.b))
		};
	});
	const matchedA = new Set(pairs.map((p) => p.a));
	const matchedB = new Set(pairs.map((p) => p.b));
	return {
		differences: differences.map(({ ai: _a, bi: _b, ...piece }) => piece),
		matches,
		summary: {
			changedArea: sum(differences),
			pieceCount: differences.length,
			matchedById: pairs.filter((p) => p.by === 'id').length,
			matchedByOverlap: pairs.filter((p) => p.by === 'overlap').length,
			onlyInA: a.filter((_, i) => !matchedA.has(i)).map(ref),
			onlyInB: b.filter((_, j) => !matchedB.has(j)).map(ref)
		}
	};
}

function sum(pieces: ReadonlyArray<{ area: number }>): number {
	return pieces.reduce((total, p) => total + p.area, 0);
}
