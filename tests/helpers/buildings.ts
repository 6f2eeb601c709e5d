import type { MultiPolygon, Point } from 'geojson';
import { makeAttributes } from '$lib/buildings/fixtures/make-attributes';
import type { BuildingAttributes, BuildingRecord } from '$lib/buildings/types';
import { assumeCrs } from '$lib/geometry/types';

/**
 * A building with a square footprint of `side` metres whose south-west corner is at (x, y)
 * in EPSG:25832; the position is its centre.
 */
export function makeBuilding(
	overrides: Partial<BuildingAttributes> = {},
	{ x = 580_000, y = 6_633_000, side = 40 } = {}
): BuildingRecord {
	const ring = [
		[x, y],
		[x + side, y],
		[x + side, y + side],
		[x, y + side],
		[x, y]
	];
	return {
		attributes: makeAttributes(overrides),
		position: assumeCrs<25832, Point>(
			{ type: 'Point', coordinates: [x + side / 2, y + side / 2] },
			25832
		),
		footprint: assumeCrs<25832, MultiPolygon>(
			{ type: 'MultiPolygon', coordinates: [[ring]] },
			25832
		)
	};
}

export { makeAttributes };
