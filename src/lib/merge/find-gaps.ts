import { Clipper, FillRule, type Paths64 } from 'clipper2-ts';
import { pathsArea } from './geometry/paths-area';
import { splitPieces } from './geometry/split-pieces';
import { unionInColumns } from './geometry/union-in-columns';

/**
 * The parts of `area` no region covers, as connected pieces (each [outer, ...holes]) in
 * canonical order (plan-standards §5 R1: "Det er et gap mellom formålsflaten(e) … og
 * planområdets avgrensning på X m²"). The regions are unioned per column first
 * (union-in-columns.ts), then subtracted in one overlay.
 * @example findGaps(boundary, landuse.map((f) => f.shape)).length
 */
export function findGaps(area: Paths64, regions: Paths64[]): Paths64[] {
	const uncovered = Clipper.difference(area, unionInColumns(regions).flat(), FillRule.NonZero);
	// A self-touching piece Clipper could not untangle may come back with a net negative
	// signed area (a wedge narrower than the 1 mm grid): it is not uncovered ground.
	return splitPieces(uncovered).filter((piece) => pathsArea(piece) > 0);
}
