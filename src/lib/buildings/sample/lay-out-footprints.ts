import type { Position } from 'geojson';
import type { OldMunicipality } from '../types';
import type { MunicipalityArea } from './assign-municipality';
import type { Rectangle } from './footprint';
import { placeRectangle } from './place-rectangle';
import { containsPoint, containsRectangle } from './planar-polygon';

export interface LayoutRules {
	areas: readonly MunicipalityArea[];
	/** Land outline (the coastline-clipped new municipality); null to skip the check. */
	land: Position[][][] | null;
	/** Clear distance between footprints, m. */
	gap: number;
	/** Search step and reach, m. */
	step: number;
	maxShift: number;
}

export interface LaidOut {
	rectangle: Rectangle;
	/** How far the footprint's centre was moved from the wanted centre, m. */
	shift: number;
	/** False when no position inside the municipality and land was found within reach. */
	insideRules: boolean;
}

export interface Layout {
	/**
	 * Puts a footprint at the nearest free position inside its municipality (and on land);
	 * `exclusive` also keeps its centre out of the other municipalities' polygons.
	 */
	put(
		wanted: Rectangle,
		municipality: OldMunicipality,
		startAngle: number,
		exclusive: boolean
	): LaidOut;
	placed(): readonly Rectangle[];
}

/**
 * A layout that remembers every footprint put so far, so none overlaps another.
 * @example createLayout(rules).put(rect, '0220', 0, false).shift
 */
export function createLayout(rules: LayoutRules): Layout {
	const placed: Rectangle[] = [];
	const options = { gap: rules.gap, step: rules.step, maxShift: rules.maxShift };
	return {
		put(wanted, municipality, startAngle, exclusive) {
			const own = rules.areas.find((a) => a.number === municipality);
			if (!own) throw new RangeError(`no area for municipality ${municipality}`);
			const others = rules.areas.filter((a) => a.number !== municipality);
			const allowed = (r: Rectangle) =>
				containsRectangle(own.polygons, r) &&
				(rules.land === null || containsRectangle(rules.land, r)) &&
				(!exclusive || others.every((o) => !containsPoint(o.polygons, r.x, r.y)));
			const inside = placeRectangle(wanted, placed, { ...options, startAngle, allowed });
			const result = inside ?? placeRectangle(wanted, placed, { ...options, startAngle });
			if (!result) throw new RangeError(`no free position within ${rules.maxShift} m`);
			placed.push(result.rectangle);
			return { ...result, insideRules: inside !== null };
		},
		placed: () => placed
	};
}
