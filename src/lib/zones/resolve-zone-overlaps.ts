import type { Paths64 } from 'clipper2-ts';
import { pathsArea } from '../merge/geometry/paths-area';
import { sharedBorderLength } from '../merge/geometry/shared-border-length';
import { splitPieces } from '../merge/geometry/split-pieces';
import { splitChecked } from './checked-overlay';
import { findCoveringZones } from './find-covering-zones';
import { compareIds } from './rank-neighbours';
import type { FixChange } from './types';
import { describe, reshape, type WorkZone } from './work-zone';

interface Cell {
	shape: Paths64;
	/** Indices of the zones covering all of it. */
	coverers: number[];
}

/**
 * Leaves every overlap to one zone and cuts it out of the others. An overlap piece is first
 * cut into cells covered by the same zones (where A∩B meets A∩C). Each cell goes to the zone
 * whose non-overlapping part shares the longest border with it, ties by id: the border is
 * where the cell already belongs. A zone that would otherwise vanish (drawn wholly inside
 * another) takes precedence, because a planner drawing a zone inside another means to carve
 * it out. `overlaps` is the region covered twice or more.
 * @example resolveZoneOverlaps(work, overlaps) // [{ kind: 'overlap-resolved', zoneIds: ['a', 'b'], … }]
 */
export function resolveZoneOverlaps(work: WorkZone[], overlaps: Paths64): FixChange[] {
	const exclusive = new Map<number, Paths64>();
	const own = (i: number): Paths64 => {
		let shape = exclusive.get(i);
		if (!shape) {
			shape = splitChecked(work[i]!.shape, overlaps).outside;
			exclusive.set(i, shape);
		}
		return shape;
	};
	const changes: FixChange[] = [];
	for (const piece of splitPieces(overlaps)) {
		for (const cell of cellsOf(piece, findCoveringZones(piece, work), work)) {
			if (cell.coverers.length < 2) continue;
			const winner = pickWinner(cell, work, own);
			const losers = cell.coverers.filter((i) => i !== winner);
			for (const i of losers) {
				reshape(work[i]!, splitChecked(work[i]!.shape, cell.shape).outside);
			}
			const ids = [winner, ...losers].map((i) => work[i]!.id);
			const change = describe('overlap-resolved', ids, cell.shape);
			if (change) changes.push(change);
		}
	}
	return changes;
}

function cellsOf(piece: Paths64, coverers: number[], work: WorkZone[]): Cell[] {
	let cells: Cell[] = [{ shape: piece, coverers: [] }];
	for (const i of coverers) {
		const next: Cell[] = [];
		for (const cell of cells) {
			const zone = work[i]!.shape;
			const { inside, outside } = splitChecked(cell.shape, zone);
			for (const p of splitPieces(inside)) next.push({ shape: p, coverers: [...cell.coverers, i] });
			for (const p of splitPieces(outside)) next.push({ shape: p, coverers: cell.coverers });
		}
		cells = next.filter((c) => pathsArea(c.shape) > 0);
	}
	return cells;
}

function pickWinner(cell: Cell, work: WorkZone[], own: (i: number) => Paths64): number {
	const byId = (a: number, b: number) => compareIds(work[a]!.id, work[b]!.id);
	const vanishing = cell.coverers.filter((i) => pathsArea(own(i)) === 0).sort(byId);
	if (vanishing[0] !== undefined) return vanishing[0];
	const border = new Map(cell.coverers.map((i) => [i, sharedBorderLength(cell.shape, own(i))]));
	return [...cell.coverers].sort((a, b) => {
		const d = border.get(b)! - border.get(a)!;
		return Math.abs(d) > 0.001 ? d : byId(a, b);
	})[0]!;
}
