import Flatbush from 'flatbush';
import type { Paths64 } from 'clipper2-ts';
import { boxOf, type Box } from './geometry/box';
import { sharedBorderLength } from './geometry/shared-border-length';

/** A region that can receive a gap piece. */
export interface Neighbour {
	shape: Paths64;
	box: Box | null;
}

/** The regions a piece borders, with the border length in metres, longest first (ties: lower index first). */
export interface Bordering {
	index: number;
	border: number;
}

/** Box margin (grid units) so that neighbours whose edge lies on the piece's box are found. */
const MARGIN = 2;

/**
 * For each gap piece, the neighbours it shares a border with, longest border first: the
 * first is where a sliver goes (rule 'sliver-to-longest-border'). Candidates come from a
 * Flatbush index of the neighbours' boxes; borders are measured from coincident edges.
 * @example neighboursOf(gapPieces, landuse)[0][0]?.index // receiving feature of the first piece
 */
export function neighboursOf(pieces: Paths64[], neighbours: Neighbour[]): Bordering[][] {
	const indexed = neighbours.flatMap((n, i) => (n.box ? [{ i, box: n.box }] : []));
	if (indexed.length === 0) return pieces.map(() => []);
	const index = new Flatbush(indexed.length);
	for (const { box } of indexed) index.add(box.minX, box.minY, box.maxX, box.maxY);
	index.finish();
	return pieces.map((piece) => {
		const box = boxOf(piece);
		if (!box) return [];
		const hits = index
			.search(box.minX - MARGIN, box.minY - MARGIN, box.maxX + MARGIN, box.maxY + MARGIN)
			.map((h) => indexed[h]!.i)
			.sort((a, b) => a - b);
		const out: Bordering[] = [];
		for (const i of hits) {
			const border = sharedBorderLength(piece, neighbours[i]!.shape);
			if (border > 0) out.push({ index: i, border });
		}
		return out.sort((a, b) => b.border - a.border || a.index - b.index);
	});
}
