import type { BuildingAttributes, CapacityUnit } from '../buildings/types';
import { divide, isPositive, type Ratio } from './ratio';

/** The attributes a building's area efficiency depends on. */
export type AreaPerUnitInput = Pick<
	BuildingAttributes,
	'bta' | 'capacity' | 'capacityUnit' | 'users'
>;

/** One building's key figures; each is a Ratio because any input may be unknown. */
export interface AreaPerUnit {
	unit: CapacityUnit | null;
	/** m² BTA per capacity unit (per pupil place, per nursing-home place …). */
	btaPerCapacity: Ratio;
	/** m² BTA per actual user (per enrolled pupil, per resident …). */
	btaPerUser: Ratio;
	/** users / capacity; above 1 means over capacity. */
	utilisation: Ratio;
}

/**
 * Area efficiency of one building. A BTA of 0 counts as missing (`no-area`): the register
 * stores unknown as null, so a zero floor area is a data error, not an efficient building.
 * Capacity and users without a unit give `no-unit`: they cannot be compared with anything.
 * @example areaPerUnit({ bta: 4000, capacity: 250, capacityUnit: 'pupils', users: 200 })
 * // btaPerCapacity 16, btaPerUser 20, utilisation 0.8
 */
export function areaPerUnit(building: AreaPerUnitInput): AreaPerUnit {
	const { capacity, capacityUnit: unit, users } = building;
	const bta = isPositive(building.bta) ? building.bta : null;
	const withUnit = (ratio: Ratio): Ratio =>
		ratio.ok && unit === null ? { ok: false, reason: 'no-unit' } : ratio;
	return {
		unit,
		btaPerCapacity: withUnit(
			divide(bta, capacity, { numerator: 'no-area', denominator: 'no-capacity' })
		),
		btaPerUser: withUnit(divide(bta, users, { numerator: 'no-area', denominator: 'no-users' })),
		utilisation: withUnit(
			divide(users, capacity, { numerator: 'no-users', denominator: 'no-capacity' })
		)
	};
}
