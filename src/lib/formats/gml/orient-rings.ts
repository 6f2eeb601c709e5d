import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Orients rings the way RFC 7946 §3.1.6 and the NPAD rule gml.flate.3 (plan-standards.md §5
 * R7) both ask: exterior counter-clockwise, holes clockwise, in easting/northing (or
 * longitude/latitude) order. Returns new arrays; the input is not changed.
 * @example orientRings({ type: 'Polygon', coordinates: [clockwiseSquare] }) // counter-clockwise
 */
export function orientRings<G extends Polygon | MultiPolygon>(geometry: G): G {
	if (geometry.type === 'Polygon') {
		return { ...geometry, coordinates: orientPolygon(geometry.coordinates) };
	}
	return { ...geometry, coordinates: geometry.coordinates.map(orientPolygon) };
}

function orientPolygon(rings: Position[][]): Position[][] {
	return rings.map((ring, index) => {
		const counterClockwise = signedArea(ring) > 0;
		const wanted = index === 0;
		return counterClockwise === wanted ? ring.slice() : ring.slice().reverse();
	});
}

/**
 * Twice the signed shoelace area (positive when counter-clockwise), relative to the first
 * vertex to keep precision at UTM coordinates.
 * @example signedArea([[0, 0], [1, 0], [1, 1], [0, 0]]) // 1
 */
export function signedArea(ring: Position[]): number {
	const [x0, y0] = (ring[0] ?? [0, 0]) as [number, number];
	let sum = 0;
	for (let i = 1; i < ring.length - 1; i++) {
		const [x1, y1] = ring[i] as [number, number];
		const [x2, y2] = ring[i + 1] as [number, number];
		sum += (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
	}
	return sum;
}
