import type { MultiPolygon, Polygon } from 'geojson';
import type { Utm32 } from '../geometry/types';
import type { ZoneReason } from './reasons';

/*
 * The shapes the zone editor works on. All coordinates are EPSG:25832 metres; polygons follow
 * RFC 7946 orientation (outer rings counter-clockwise, holes clockwise).
 *
 * A zone may be a MultiPolygon: Asker's boundary is one (islands in the Oslofjord and
 * Drammensfjord), so a local area that includes an island cannot be a single Polygon, and
 * clipping a zone to the boundary can cut it into parts.
 */

/** Polygon or MultiPolygon in EPSG:25832. */
export type ZoneGeometry = Utm32<Polygon | MultiPolygon>;

/** One local area (lokalområde) of a proposal. */
export interface Zone {
	id: string;
	name: string;
	geometry: ZoneGeometry;
}

/** The zones of one proposal and the municipality they must exactly cover. */
export interface Partition {
	zones: readonly Zone[];
	boundary: ZoneGeometry;
}

/** What keeps a set of zones from being a partition of the boundary. */
export interface PartitionProblem {
	kind: 'overlap' | 'gap' | 'outside' | 'invalid';
	/**
	 * overlap: the zones covering the piece; gap: the zones bordering it (longest border
	 * first); outside: the zones reaching out there; invalid: the zone.
	 */
	zoneIds: string[];
	/** One connected piece; null for 'invalid' (the zone itself is the place). */
	geometry: ZoneGeometry | null;
	/** m² by `planarArea`; for 'invalid', the area the repair would change. */
	area: number;
	/** Machine-readable cause for 'invalid'; null otherwise. */
	reason: ZoneReason | null;
	/** English, for logs and tests; the UI words it from `kind` and `reason`. */
	detail: string;
}

/** What `fixPartition` did, one entry per connected piece, so the UI can show and explain it. */
export interface FixChange {
	/**
	 * repaired: a zone drawn invalid was made valid (geometry: the repaired zone);
	 * clipped: a piece outside the boundary was cut off; overlap-resolved: an overlap was left
	 * to one zone; sliver-assigned: a narrow or small gap or zone fragment joined a neighbour;
	 * gap-kept: a gap too large to assign silently; zone-removed: nothing of the zone was left.
	 */
	kind:
		'repaired' | 'clipped' | 'overlap-resolved' | 'sliver-assigned' | 'gap-kept' | 'zone-removed';
	/**
	 * The zone that received or kept the piece first, then those that gave it up (for
	 * gap-kept: the bordering zones, longest border first).
	 */
	zoneIds: string[];
	/** m² by `planarArea`. */
	area: number;
	geometry: ZoneGeometry;
}

/** A refusal a planner can act on: the operation changed nothing. */
export interface Refusal {
	ok: false;
	reason: ZoneReason;
	detail: string;
}
