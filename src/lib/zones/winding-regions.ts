import { Clipper, FillRule, type Path64, type Paths64 } from 'clipper2-ts';
import { boxOf } from '../merge/geometry/box';
import { pathsArea } from '../merge/geometry/paths-area';
import { mirror, perimeterUnits } from './checked-overlay';

/** Where a chain of closed paths winds positively and where negatively. */
export interface WindingRegions {
	positive: Paths64;
	negative: Paths64;
}

/** Positive windings above this are not looked for (a point covered by 5 zones). */
const MAX_WINDING = 4;

/**
 * The regions where the uncancelled edges wind positively (overlap or outside) and
 * negatively (gap), checked against exact arithmetic: the chain's signed area is the
 * integral of its winding, Σ k·area(winding = k), so the regions found must add up to it.
 * When they do not, clipper2-ts has mis-filled a near-degenerate input (see
 * `checked-overlay.ts`) and the sweep is repeated on the plane mirrored in x.
 * @example windingRegions(uncancelledEdges(zones, boundary)).negative // the gaps
 */
export function windingRegions(chain: Paths64): WindingRegions {
	if (chain.length === 0) return { positive: [], negative: [] };
	const signed = pathsArea(chain);
	const tolerance = perimeterUnits(chain);
	const plain = solve(chain, signed, tolerance);
	if (plain.ok) return plain.regions;
	const m = solve(mirror(chain), signed, tolerance);
	const mirrored = { positive: mirror(m.regions.positive), negative: mirror(m.regions.negative) };
	return m.error < plain.error ? mirrored : plain.regions;
}

function solve(chain: Paths64, signed: number, tolerance: number) {
	const positive = Clipper.union(chain, FillRule.Positive);
	const negative = Clipper.union(chain, FillRule.Negative);
	// Σ k·area(k) = area(w ≥ 1) + area(w ≥ 2) + … − area(w ≤ −1) − …; gaps never go below −1.
	let integral = pathsArea(positive) - pathsArea(negative);
	const frames: Path64[] = [];
	for (let k = 2; k <= MAX_WINDING && Math.abs(integral - signed) > tolerance; k++) {
		frames.push(frame(chain));
		integral += pathsArea(Clipper.union([...chain, ...frames], FillRule.Positive));
	}
	const error = Math.abs(integral - signed);
	return { ok: error <= tolerance, error, regions: { positive, negative } };
}

/** A clockwise rectangle around everything: winding −1 inside it. */
function frame(chain: Paths64): Path64 {
	const box = boxOf(chain)!;
	return [
		{ x: box.minX - 1, y: box.minY - 1 },
		{ x: box.minX - 1, y: box.maxY + 1 },
		{ x: box.maxX + 1, y: box.maxY + 1 },
		{ x: box.maxX + 1, y: box.minY - 1 }
	];
}
