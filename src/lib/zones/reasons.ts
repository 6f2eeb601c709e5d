import { ReasonUnclosedRing } from '../errors';

/*
 * Why a zone operation refused or what a repair fixed, as stable English codes (conventions
 * §7, as terra-draw exports its ValidationReason constants). The UI words them in bokmål in
 * `$lib/i18n/nb.ts`; nothing here is shown to a planner as is.
 */

/** The line does not cross the zone from outside to outside (or edge to edge) anywhere. */
export const ReasonLineDoesNotSplit = 'line-does-not-split';
/** The two zones are the same zone. */
export const ReasonSameZone = 'same-zone';
/** The two zones share no border and do not overlap. */
export const ReasonZonesNotNeighbours = 'zones-not-neighbours';
/** The two zones meet only at corners, so merging them would give a zone in two parts. */
export const ReasonZonesTouchAtPoint = 'zones-touch-at-point';
/** The polygon encloses no area (all vertices on a line, or fewer than three). */
export const ReasonZeroArea = 'zero-area';
/** A ring crosses or overlaps itself (a bow-tie). */
export const ReasonSelfIntersection = 'self-intersection';
/** A hole lies outside its outer ring or overlaps another hole. */
export const ReasonInvalidHoles = 'invalid-holes';
/** Parts of a MultiPolygon overlap each other. */
export const ReasonOverlappingParts = 'overlapping-parts';
/** A coordinate is NaN or infinite. */
export const ReasonNonFiniteCoordinates = 'non-finite-coordinates';
/** The zone must be repaired (`repairPolygon`) before this operation. */
export const ReasonInvalidZone = 'invalid-zone';
/** The last position of a ring is not its first (same code as the import parsers use). */
export { ReasonUnclosedRing };

export type ZoneReason =
	| typeof ReasonLineDoesNotSplit
	| typeof ReasonSameZone
	| typeof ReasonZonesNotNeighbours
	| typeof ReasonZonesTouchAtPoint
	| typeof ReasonZeroArea
	| typeof ReasonSelfIntersection
	| typeof ReasonInvalidHoles
	| typeof ReasonOverlappingParts
	| typeof ReasonNonFiniteCoordinates
	| typeof ReasonInvalidZone
	| typeof ReasonUnclosedRing;
