import {
	ProposalError,
	ReasonDuplicateZone,
	ReasonInvalidRequest,
	ReasonInvalidZoneGeometry
} from '$lib/errors';
import { diagnoseGeometry } from '$lib/zones/diagnose-geometry';
import type { Zone } from '$lib/zones/types';

/**
 * Refuses zones that must not be stored: an empty or repeated id (ids tie a zone to its
 * earlier versions), or a geometry that is not a valid polygon (non-finite coordinates, a
 * bow-tie, stray holes, …). An invalid zone is refused with its name, never repaired here:
 * repairing silently would store something the planner did not draw; the editor offers
 * `repairPolygon` instead. Overlaps, gaps and parts outside are not refusals but problems
 * (`checkPartition`), which a draft may hold.
 * @example checkZones(request.zones) // throws ProposalError('duplicate-zone') for two 'a'
 */
export function checkZones(zones: readonly Zone[]): void {
	const seen = new Set<string>();
	for (const zone of zones) {
		if (zone.id.trim() === '') {
			throw new ProposalError(ReasonInvalidRequest, 'a zone has an empty id', {
				feature: zone.name
			});
		}
		if (seen.has(zone.id)) {
			throw new ProposalError(ReasonDuplicateZone, `zone id ${zone.id} occurs twice`, {
				feature: zone.name
			});
		}
		seen.add(zone.id);
		const { reason } = diagnoseGeometry(zone.geometry);
		if (reason) {
			throw new ProposalError(
				ReasonInvalidZoneGeometry,
				`zone ${zone.id} (${zone.name}) is not a valid polygon: ${reason}`,
				{ feature: zone.name }
			);
		}
	}
}
