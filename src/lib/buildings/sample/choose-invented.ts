import type { Position } from 'geojson';
import { toUtm32 } from '../../geometry/reproject';
import { assumeCrs } from '../../geometry/types';
import type { BuildingCategory, OldMunicipality } from '../types';
import type { Range, Variant } from './distributions';
import { VARIANT_SHARES } from './distributions';
import type { TownHall } from './invented-plan';
import type { Random } from './prng';
import type { RealSite } from './read-sources';

/** A real building once its municipality is known, with its source point in EPSG:25832. */
export interface LocatedSite {
	site: RealSite;
	municipality: OldMunicipality;
	at: Position;
}

/** What invented buildings of one municipality are placed near. */
export interface AnchorPool {
	/** All real buildings in the municipality. */
	local: readonly LocatedSite[];
	/** Its municipal primary and lower-secondary schools (the ones with a place name). */
	schools: readonly LocatedSite[];
	/** Schools already given a nursing home, so each gets at most one while any is free. */
	usedForNursing: Set<string>;
}

/**
 * The variant of an invented building: the first sport building of a municipality is a
 * swimming pool, the rest sports halls; other categories draw from VARIANT_SHARES.
 */
export function inventedVariant(
	category: BuildingCategory,
	sequence: number,
	plan: Random
): Variant {
	if (category === 'sport') return sequence === 1 ? 'swimming_pool' : 'sports_hall';
	const shares = VARIANT_SHARES[category];
	if (!shares) throw new RangeError(`no invented variants for ${category}`);
	return shares[plan.weighted(shares.map(([, share]) => share))]![0];
}

/**
 * The real building an invented one is put near: sports halls go beside schools in turn
 * (lower-secondary first), nursing homes near a school not yet used, others anywhere.
 */
export function chooseAnchor(
	category: BuildingCategory,
	sequence: number,
	plan: Random,
	pool: AnchorPool
): LocatedSite {
	if (pool.local.length === 0) throw new RangeError('no real building to put an invented one near');
	const near = pool.schools.length > 0 ? pool.schools : pool.local;
	if (category === 'sport') {
		const ordered = [
			...near.filter((l) => l.site.variant === 'lower_secondary_school'),
			...near.filter((l) => l.site.variant !== 'lower_secondary_school')
		];
		return ordered[(sequence - 1) % ordered.length]!;
	}
	if (category === 'nursing_home') {
		const free = near.filter((s) => !pool.usedForNursing.has(s.site.buildingNumber));
		const anchor = plan.pick(free.length > 0 ? free : near);
		pool.usedForNursing.add(anchor.site.buildingNumber);
		return anchor;
	}
	return plan.pick(pool.local);
}

/**
 * A position at a random distance and bearing from the anchor that satisfies `fits` (inside
 * its own municipality only, on land); up to 20 draws, else the anchor itself. Drawing again
 * instead of pushing a point out of the fjord keeps invented buildings off the coastline.
 */
export function nearAnchor(
	anchor: Position,
	[near, far]: Range,
	plan: Random,
	fits: (x: number, y: number) => boolean
): Position {
	for (let attempt = 0; attempt < 20; attempt++) {
		const distance = plan.uniform(near, far);
		const bearing = plan.uniform(0, 2 * Math.PI);
		const x = anchor[0]! + distance * Math.cos(bearing);
		const y = anchor[1]! + distance * Math.sin(bearing);
		if (fits(x, y)) return [x, y];
	}
	return [anchor[0]!, anchor[1]!];
}

/** A town hall's wanted position in EPSG:25832: given, or the mean of named real buildings. */
export function townHallPosition(hall: TownHall, located: readonly LocatedSite[]): Position {
	const where = hall.position;
	if (where.kind === 'position') {
		return toUtm32(assumeCrs({ type: 'Point', coordinates: [...where.lonLat] }, 4326)).coordinates;
	}
	const members = where.names.map((name) => {
		const hit = located.find((l) => l.site.name === name);
		if (!hit) throw new RangeError(`${hall.name}: no real building named "${name}"`);
		return hit.at;
	});
	return [0, 1].map((i) => members.reduce((sum, p) => sum + p[i]!, 0) / members.length);
}

/** The place name of the school nearest to a point (EPSG:25832). */
export function nearestPlaceName(x: number, y: number, schools: readonly LocatedSite[]): string {
	let best = { name: '', d: Infinity };
	for (const s of schools) {
		const d = Math.hypot(s.at[0]! - x, s.at[1]! - y);
		if (d < best.d) best = { name: s.site.placeName ?? '', d };
	}
	return best.name;
}

/**
 * Makes names unique by numbering repeats: "X", "X 2", "X 3" ….
 * @example const name = createNamer(); name('A'); name('A') // 'A 2'
 */
export function createNamer(): (base: string) => string {
	const seen = new Map<string, number>();
	return (base) => {
		const count = (seen.get(base) ?? 0) + 1;
		seen.set(base, count);
		return count === 1 ? base : `${base} ${count}`;
	};
}
