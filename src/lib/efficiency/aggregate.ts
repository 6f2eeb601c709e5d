import { CAPACITY_UNITS, type BuildingAttributes, type CapacityUnit } from '../buildings/types';
import { divide, isKnown, isPositive, type DivideReasons, type Ratio } from './ratio';

/*
 * Key figures for any group of buildings: a category, an old municipality, a zone, the whole
 * new municipality. Every ratio is a ratio of sums (Σ BTA / Σ places), never an average of
 * per-building ratios: two schools of 4 000 m²/200 pupils and 6 000 m²/250 pupils use
 * 10 000 m² for 450 pupils, 22.2 m² each, not (20 + 24) / 2 = 22. Capacities counted in
 * different units (pupils, children, places, workplaces) are never added together.
 */

export type AggregateInput = Pick<
	BuildingAttributes,
	'bta' | 'capacity' | 'capacityUnit' | 'users' | 'maintenanceBacklog' | 'annualFdvuCost' | 'value'
>;

/** A sum over the buildings that have the value; `excluded` lack it (coverage for the UI). */
export interface CoveredSum {
	total: number;
	included: number;
	excluded: number;
}

/**
 * A ratio of sums with its coverage. Buildings lacking either side are left out of both
 * sums; the sums are 0 when nothing was included.
 */
export interface CoveredRatio {
	ratio: Ratio;
	numerator: number;
	denominator: number;
	included: number;
	excluded: number;
}

/** Figures over the buildings of one capacity unit in a group. */
export interface UnitFigures {
	unit: CapacityUnit;
	count: number;
	btaPerCapacity: CoveredRatio;
	btaPerUser: CoveredRatio;
	utilisation: CoveredRatio;
}

export interface GroupFigures<K> {
	key: K;
	count: number;
	bta: CoveredSum;
	maintenanceBacklog: CoveredSum;
	annualFdvuCost: CoveredSum;
	value: CoveredSum;
	population: number | null;
	btaPerInhabitant: CoveredRatio;
	/** Capacity units present in the group (buildings with a unit), in CAPACITY_UNITS order. */
	units: CapacityUnit[];
	byUnit: UnitFigures[];
	/**
	 * The group's capacity figures when it has one unit (coverage counted against the whole
	 * group); `mixed-units` when it has several, because pupils and places cannot be added.
	 */
	btaPerCapacity: CoveredRatio;
	btaPerUser: CoveredRatio;
	utilisation: CoveredRatio;
}

export interface AggregateOptions<T, K> {
	/** The group a building belongs to; keys are compared with SameValueZero, as in Map. */
	groupBy: (building: T) => K;
	/** Inhabitants of a group, for m² BTA per inhabitant. */
	populationOf?: (key: K) => number | null | undefined;
}

const PER_CAPACITY: DivideReasons = { numerator: 'no-area', denominator: 'no-capacity' };
const PER_USER: DivideReasons = { numerator: 'no-area', denominator: 'no-users' };
const UTILISATION: DivideReasons = { numerator: 'no-users', denominator: 'no-capacity' };
const PER_INHABITANT: DivideReasons = { numerator: 'no-area', denominator: 'no-population' };

interface Pair {
	numerator: number;
	denominator: number;
	included: number;
	/** Buildings with the numerator, included or not: tells which side was missing. */
	numeratorKnown: number;
}
interface UnitAcc {
	count: number;
	perCapacity: Pair;
	perUser: Pair;
	utilisation: Pair;
}
interface Sum {
	total: number;
	included: number;
}
interface GroupAcc {
	count: number;
	bta: Sum;
	maintenanceBacklog: Sum;
	annualFdvuCost: Sum;
	value: Sum;
	units: Map<CapacityUnit, UnitAcc>;
}

/**
 * Groups buildings in one pass and returns each group's figures, in first-seen order.
 * @example aggregate(buildings, { groupBy: (b) => b.municipality, populationOf: (m) => pop[m] })
 */
export function aggregate<T extends AggregateInput, K extends string | number>(
	buildings: Iterable<T>,
	options: AggregateOptions<T, K>
): Map<K, GroupFigures<K>> {
	const groups = new Map<K, GroupAcc>();
	for (const building of buildings) {
		const key = options.groupBy(building);
		let group = groups.get(key);
		if (!group) groups.set(key, (group = newGroup()));
		addBuilding(group, building);
	}
	const result = new Map<K, GroupFigures<K>>();
	for (const [key, group] of groups) {
		const population = options.populationOf?.(key);
		result.set(key, finishGroup(key, group, isKnown(population) ? population : null));
	}
	return result;
}

function addBuilding(group: GroupAcc, b: AggregateInput): void {
	group.count++;
	const bta = isPositive(b.bta) ? b.bta : null;
	add(group.bta, bta);
	add(group.maintenanceBacklog, b.maintenanceBacklog);
	add(group.annualFdvuCost, b.annualFdvuCost);
	add(group.value, b.value);
	if (b.capacityUnit === null) return;
	let unit = group.units.get(b.capacityUnit);
	if (!unit) {
		unit = { count: 0, perCapacity: pair(), perUser: pair(), utilisation: pair() };
		group.units.set(b.capacityUnit, unit);
	}
	unit.count++;
	// Zero users or zero capacity are real amounts (an empty school still has its area), so
	// they are included here; only the group's total divisor must end up above 0.
	addPair(unit.perCapacity, bta, b.capacity);
	addPair(unit.perUser, bta, b.users);
	addPair(unit.utilisation, b.users, b.capacity);
}

function finishGroup<K>(key: K, group: GroupAcc, population: number | null): GroupFigures<K> {
	const units = CAPACITY_UNITS.filter((unit) => group.units.has(unit));
	const byUnit = units.map((unit): UnitFigures => {
		const acc = group.units.get(unit) as UnitAcc;
		return {
			unit,
			count: acc.count,
			btaPerCapacity: covered(acc.perCapacity, acc.count, PER_CAPACITY),
			btaPerUser: covered(acc.perUser, acc.count, PER_USER),
			utilisation: covered(acc.utilisation, acc.count, UTILISATION)
		};
	});
	const only = units.length === 1 ? group.units.get(units[0] as CapacityUnit) : undefined;
	const across = (pick: (acc: UnitAcc) => Pair, reasons: DivideReasons): CoveredRatio => {
		if (only) return covered(pick(only), group.count, reasons);
		// No unit in the group means no capacity or users at all; several units cannot be added.
		const reason = units.length === 0 ? reasons.denominator : 'mixed-units';
		return { ...covered(pair(), group.count, reasons), ratio: { ok: false, reason } };
	};
	return {
		key,
		count: group.count,
		bta: coveredSum(group.bta, group.count),
		maintenanceBacklog: coveredSum(group.maintenanceBacklog, group.count),
		annualFdvuCost: coveredSum(group.annualFdvuCost, group.count),
		value: coveredSum(group.value, group.count),
		population,
		btaPerInhabitant: {
			ratio: divide(group.bta.included > 0 ? group.bta.total : null, population, PER_INHABITANT),
			numerator: group.bta.total,
			denominator: population ?? 0,
			included: group.bta.included,
			excluded: group.count - group.bta.included
		},
		units,
		byUnit,
		btaPerCapacity: across((acc) => acc.perCapacity, PER_CAPACITY),
		btaPerUser: across((acc) => acc.perUser, PER_USER),
		utilisation: across((acc) => acc.utilisation, UTILISATION)
	};
}

const newGroup = (): GroupAcc => ({
	count: 0,
	bta: { total: 0, included: 0 },
	maintenanceBacklog: { total: 0, included: 0 },
	annualFdvuCost: { total: 0, included: 0 },
	value: { total: 0, included: 0 },
	units: new Map()
});

const pair = (): Pair => ({ numerator: 0, denominator: 0, included: 0, numeratorKnown: 0 });

function add(sum: Sum, x: number | null): void {
	if (!isKnown(x)) return;
	sum.total += x;
	sum.included++;
}

function addPair(p: Pair, numerator: number | null, denominator: number | null): void {
	if (!isKnown(numerator)) return;
	p.numeratorKnown++;
	if (!isKnown(denominator)) return;
	p.numerator += numerator;
	p.denominator += denominator;
	p.included++;
}

const coveredSum = (sum: Sum, count: number): CoveredSum => ({
	total: sum.total,
	included: sum.included,
	excluded: count - sum.included
});

function covered(p: Pair, count: number, reasons: DivideReasons): CoveredRatio {
	// With nothing included, blame the side nobody had: a group without any BTA is
	// "no-area", not the "no-capacity" that dividing 0 by 0 would say.
	const numerator = p.numeratorKnown > 0 ? p.numerator : null;
	return {
		ratio: divide(numerator, p.denominator, reasons),
		numerator: p.numerator,
		denominator: p.denominator,
		included: p.included,
		excluded: count - p.included
	};
}
