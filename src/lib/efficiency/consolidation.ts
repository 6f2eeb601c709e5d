import type { Point } from 'geojson';
import type {
	BuildingAttributes,
	BuildingCategory,
	CapacityUnit,
	ConditionGrade
} from '../buildings/types';
import type { Utm32 } from '../geometry/types';
import { areaPerUnit } from './area-per-unit';
import { divide, isKnown, isPositive } from './ratio';

/*
 * Consolidation candidates, the merger plan's "quick wins" (school and kindergarten capacity,
 * nursing-home places): a building A that is under-used, expensive to keep or in poor
 * condition, where a building B of the same category and capacity unit close by has room for
 * all of A's users. The list is for the property team to review, not a plan: two half-empty
 * schools next to each other each appear as the other's receiver.
 *
 * Neighbours are found with a sort-by-x sweep. kdbush and rbush are in node_modules only as
 * transitive dependencies of maplibre-gl and @turf/turf, not in package.json, so importing
 * them would break unnoticed when those move on; for the few hundred buildings of one
 * category a sort (n log n) plus a scan of each candidate's x-window is fast enough.
 */

export type ConsolidationAttributes = Pick<
	BuildingAttributes,
	| 'buildingNumber'
	| 'name'
	| 'category'
	| 'bta'
	| 'capacity'
	| 'capacityUnit'
	| 'users'
	| 'condition'
	| 'maintenanceBacklog'
	| 'annualFdvuCost'
	| 'annualRent'
>;

/** A building and its position in EPSG:25832, so distances are planar metres. */
export interface ConsolidationBuilding {
	attributes: ConsolidationAttributes;
	position: Utm32<Point>;
}

export interface ConsolidationOptions {
	/** Straight-line distance to a receiving building, metres; inclusive. */
	maxDistance: number;
	/** Utilisation (users / capacity) strictly below this is low. */
	lowUtilisation: number;
	/** Maintenance backlog in NOK per m² BTA at or above this is high. */
	highBacklogPerM2: number;
	/** Condition grades at or above this are poor. */
	poorCondition: ConditionGrade;
	/** The categories to look at. */
	categories: readonly BuildingCategory[];
}

export const DEFAULT_CONSOLIDATION_OPTIONS: Readonly<ConsolidationOptions> = Object.freeze({
	maxDistance: 2000,
	lowUtilisation: 0.7,
	// About the national mean in 2008: NOK 94 bn over 32 million m² (KS/Multiconsult) ≈ 2 940.
	highBacklogPerM2: 3000,
	// TG2 and TG3 need action under NS 3424 (see condition/ns3424 needsAction).
	poorCondition: 2,
	// The quick wins named in the merger plan.
	categories: Object.freeze(['school', 'kindergarten', 'nursing_home'] as const)
});

/** Why a building is a candidate, with the numbers that triggered it. */
export type ConsolidationReason =
	| {
			code: 'low-utilisation';
			utilisation: number;
			users: number;
			capacity: number;
			threshold: number;
	  }
	| { code: 'high-backlog'; backlogPerM2: number; backlog: number; bta: number; threshold: number }
	| { code: 'poor-condition'; grade: ConditionGrade; threshold: ConditionGrade };

export interface Receiver {
	buildingNumber: string;
	name: string;
	distance: number;
	/** capacity − users, in the shared capacity unit. */
	spareCapacity: number;
	condition: ConditionGrade | null;
}

export interface ConsolidationCandidate {
	buildingNumber: string;
	name: string;
	category: BuildingCategory;
	unit: CapacityUnit;
	/** Users that would move. */
	users: number;
	reasons: ConsolidationReason[];
	/** Every building within reach with room for all users, nearest first. */
	receivers: Receiver[];
	/** To the nearest receiver, metres. */
	distance: number;
	/** m² BTA that could be freed; null when unknown. */
	freedBta: number | null;
	/** FDVU cost + rent per year, NOK, over the known parts; null when neither is known. */
	freedAnnualCost: number | null;
	annualCostParts: { fdvu: number | null; rent: number | null };
	/** Ranking score: freedAnnualCost, unknown counting as 0. */
	score: number;
}

interface Placed {
	b: ConsolidationAttributes;
	x: number;
	y: number;
}

/**
 * Ranked consolidation candidates. Order: score (freed annual cost) high to low, then freed
 * BTA high to low, then building number in numeric order, so equal inputs give equal lists.
 * @example findConsolidationCandidates(records, { maxDistance: 1500 })
 */
export function findConsolidationCandidates(
	buildings: Iterable<ConsolidationBuilding>,
	options: Partial<ConsolidationOptions> = {}
): ConsolidationCandidate[] {
	const opts = { ...DEFAULT_CONSOLIDATION_OPTIONS, ...options };
	const candidates: ConsolidationCandidate[] = [];
	for (const group of groupByCategoryAndUnit(buildings, opts.categories).values()) {
		group.sort((p, q) => p.x - q.x);
		const receivers = group.filter((p) => spare(p.b) > 0);
		for (const a of group) {
			const users = a.b.users;
			const reasons = reasonsFor(a.b, opts);
			if (!isKnown(users) || reasons.length === 0) continue;
			const found = receiversFor(a, users, receivers, opts.maxDistance);
			const nearest = found[0];
			if (nearest) candidates.push(candidate(a.b, users, reasons, found, nearest.distance));
		}
	}
	return candidates.sort(
		(p, q) =>
			q.score - p.score ||
			(q.freedBta ?? 0) - (p.freedBta ?? 0) ||
			compareBuildingNumbers(p.buildingNumber, q.buildingNumber)
	);
}

function groupByCategoryAndUnit(
	buildings: Iterable<ConsolidationBuilding>,
	categories: readonly BuildingCategory[]
): Map<string, Placed[]> {
	const groups = new Map<string, Placed[]>();
	for (const { attributes: b, position } of buildings) {
		const [x, y] = position.coordinates;
		const usable = x !== undefined && y !== undefined && Number.isFinite(x + y);
		if (!usable || b.capacityUnit === null || !categories.includes(b.category)) continue;
		const key = `${b.category}|${b.capacityUnit}`;
		const group = groups.get(key) ?? [];
		if (group.length === 0) groups.set(key, group);
		group.push({ b, x, y });
	}
	return groups;
}

function reasonsFor(b: ConsolidationAttributes, opts: ConsolidationOptions): ConsolidationReason[] {
	const reasons: ConsolidationReason[] = [];
	const { utilisation } = areaPerUnit(b);
	if (utilisation.ok && utilisation.value < opts.lowUtilisation) {
		reasons.push({
			code: 'low-utilisation',
			utilisation: utilisation.value,
			users: b.users as number,
			capacity: b.capacity as number,
			threshold: opts.lowUtilisation
		});
	}
	const bta = isPositive(b.bta) ? b.bta : null;
	const backlog = divide(b.maintenanceBacklog, bta, {
		numerator: 'no-backlog',
		denominator: 'no-area'
	});
	if (backlog.ok && backlog.value >= opts.highBacklogPerM2) {
		reasons.push({
			code: 'high-backlog',
			backlogPerM2: backlog.value,
			backlog: b.maintenanceBacklog as number,
			bta: bta as number,
			threshold: opts.highBacklogPerM2
		});
	}
	if (b.condition !== null && b.condition >= opts.poorCondition) {
		reasons.push({ code: 'poor-condition', grade: b.condition, threshold: opts.poorCondition });
	}
	return reasons;
}

/** Receivers sorted by x; scans only those whose x lies within maxDistance of a's. */
function receiversFor(a: Placed, users: number, byX: Placed[], maxDistance: number): Receiver[] {
	const found: Receiver[] = [];
	for (let i = firstAtOrAbove(byX, a.x - maxDistance); i < byX.length; i++) {
		const r = byX[i] as Placed;
		if (r.x > a.x + maxDistance) break;
		const distance = Math.hypot(r.x - a.x, r.y - a.y);
		const room = spare(r.b);
		if (r === a || distance > maxDistance || room < users) continue;
		found.push({
			buildingNumber: r.b.buildingNumber,
			name: r.b.name,
			distance,
			spareCapacity: room,
			condition: r.b.condition
		});
	}
	return found.sort(
		(p, q) => p.distance - q.distance || compareBuildingNumbers(p.buildingNumber, q.buildingNumber)
	);
}

function candidate(
	b: ConsolidationAttributes,
	users: number,
	reasons: ConsolidationReason[],
	receivers: Receiver[],
	distance: number
): ConsolidationCandidate {
	const fdvu = isKnown(b.annualFdvuCost) ? b.annualFdvuCost : null;
	const rent = isKnown(b.annualRent) ? b.annualRent : null;
	const freedAnnualCost = fdvu === null && rent === null ? null : (fdvu ?? 0) + (rent ?? 0);
	return {
		buildingNumber: b.buildingNumber,
		name: b.name,
		category: b.category,
		unit: b.capacityUnit as CapacityUnit,
		users,
		reasons,
		receivers,
		distance,
		freedBta: isPositive(b.bta) ? b.bta : null,
		freedAnnualCost,
		annualCostParts: { fdvu, rent },
		score: freedAnnualCost ?? 0
	};
}

/** Spare places, or 0 when capacity or users are unknown. */
function spare(b: ConsolidationAttributes): number {
	return isKnown(b.capacity) && isKnown(b.users) ? Math.max(0, b.capacity - b.users) : 0;
}

/** Binary search: index of the first entry with x ≥ min. */
function firstAtOrAbove(byX: Placed[], min: number): number {
	let lo = 0;
	let hi = byX.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((byX[mid] as Placed).x < min) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Numeric order for digit strings (bygningsnummer), without parsing large numbers. */
function compareBuildingNumbers(a: string, b: string): number {
	return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
