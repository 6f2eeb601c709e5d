import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';

export interface DecodedFeature {
	id: number | undefined;
	type: number;
	properties: Record<string, unknown>;
	geometry: [number, number][][];
}

/** Decodes an MVT with Mapbox's reference reader into plain, comparable objects per layer. */
export function decodeTile(bytes: Uint8Array): Record<string, DecodedFeature[]> {
	const tile = new VectorTile(new PbfReader(bytes));
	const out: Record<string, DecodedFeature[]> = {};
	for (const [name, layer] of Object.entries(tile.layers)) {
		out[name] = Array.from({ length: layer.length }, (_, i) => {
			const f = layer.feature(i);
			return {
				id: f.id,
				type: f.type,
				properties: { ...f.properties },
				geometry: f.loadGeometry().map((ring) => ring.map((p) => [p.x, p.y] as [number, number]))
			};
		});
	}
	return out;
}

/** Net area in tile units² (MVT exteriors are positive, holes negative) and the ring length. */
export function tileArea(feature: DecodedFeature): { area: number; perimeter: number } {
	let area = 0;
	let perimeter = 0;
	for (const ring of feature.geometry) {
		for (let i = 0; i < ring.length; i++) {
			const [x1, y1] = ring[i]!;
			const [x2, y2] = ring[(i + 1) % ring.length]!;
			area += (x1 * y2 - x2 * y1) / 2;
			perimeter += Math.hypot(x2 - x1, y2 - y1);
		}
	}
	return { area, perimeter };
}

/**
 * Asserts that two decodings of a tile hold the same features (ids, types, properties) and
 * the same geometry up to quantisation: each vertex may move by half a tile unit, so areas
 * may differ by at most half the perimeter (plus one unit² for rounding); points by one unit.
 */
export function sameTileFeatures(a: DecodedFeature[], b: DecodedFeature[]): string[] {
	const problems: string[] = [];
	const key = (f: DecodedFeature) => `${f.id}|${f.type}|${JSON.stringify(f.properties)}`;
	const keysA = a.map(key).sort();
	const keysB = b.map(key).sort();
	if (JSON.stringify(keysA) !== JSON.stringify(keysB))
		problems.push(`features differ: ${keysA} vs ${keysB}`);
	for (const fa of a) {
		const fb = b.find((f) => f.id === fa.id);
		if (!fb) continue;
		if (fa.type === 1) {
			// Points: each coordinate may differ by one unit of quantisation.
			const far = fa.geometry.flat().some(([x, y], i) => {
				const [x2, y2] = fb.geometry.flat()[i] ?? [NaN, NaN];
				return !(Math.abs(x - x2) <= 1 && Math.abs(y - y2) <= 1);
			});
			if (far)
				problems.push(
					`point ${fa.id}: ${JSON.stringify(fa.geometry)} vs ${JSON.stringify(fb.geometry)}`
				);
			continue;
		}
		const ma = tileArea(fa);
		const mb = tileArea(fb);
		if (Math.abs(ma.area - mb.area) > ma.perimeter / 2 + 1) {
			problems.push(`feature ${fa.id}: area ${ma.area} vs ${mb.area} (perimeter ${ma.perimeter})`);
		}
		if (ma.area <= 0 || mb.area <= 0) problems.push(`feature ${fa.id}: exterior not positive`);
	}
	return problems;
}
