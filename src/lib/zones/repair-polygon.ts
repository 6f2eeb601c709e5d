import type { MultiPolygon, Polygon } from 'geojson';
import { planarArea } from '../geometry/area';
import type { Utm32 } from '../geometry/types';
import { diagnoseGeometry } from './diagnose-geometry';
import { ReasonNonFiniteCoordinates, ReasonZeroArea, type ZoneReason } from './reasons';
import { lookupPositions, toZoneGeometry } from './to-zone-geometry';
import type { ZoneGeometry } from './types';

/** A drawn polygon made valid, or refused, and what that changed. */
export interface RepairResult {
	/** The valid geometry (the input itself when it was valid), or null when refused. */
	geometry: ZoneGeometry | null;
	repaired: boolean;
	/** What was wrong (and, when `geometry` is null, why it was refused); null when valid. */
	reason: ZoneReason | null;
	/** Area of `geometry` in m² (`planarArea`); 0 when refused. */
	area: number;
	/** `area` minus the drawing's `planarArea` (which counts a bow-tie's lobes against each other). */
	areaChange: number;
}

/**
 * Makes a drawn polygon valid the way a planner expects: a ring crossing itself (a bow-tie)
 * becomes its lobes, every lobe counted as area (non-zero rule); holes outside their shell
 * are dropped; an unclosed ring is closed. A polygon with no area, or with a coordinate that
 * is not a number, is refused: there is nothing sensible to keep. A valid polygon comes back
 * unchanged. Repaired vertices are on the 1 mm grid except those kept from the drawing.
 * @example repairPolygon(bowTie) // { geometry: MultiPolygon of two triangles, repaired: true, … }
 */
export function repairPolygon(geometry: Utm32<Polygon | MultiPolygon>): RepairResult {
	const { shape, reason } = diagnoseGeometry(geometry);
	if (reason === ReasonNonFiniteCoordinates || reason === ReasonZeroArea) {
		return { geometry: null, repaired: false, reason, area: 0, areaChange: 0 };
	}
	const drawn = planarArea(geometry);
	if (!reason) return { geometry, repaired: false, reason: null, area: drawn, areaChange: 0 };
	const repaired = toZoneGeometry(shape, lookupPositions([geometry]));
	if (!repaired)
		return { geometry: null, repaired: false, reason: ReasonZeroArea, area: 0, areaChange: 0 };
	const area = planarArea(repaired);
	return { geometry: repaired, repaired: true, reason, area, areaChange: area - drawn };
}
