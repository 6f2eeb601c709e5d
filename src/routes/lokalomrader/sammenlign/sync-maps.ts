import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
	interface Window {
		/** The compare page's two maps (A, B), for browser tests of the synchronised view. */
		planbordCompareMaps?: [MapLibreMap, MapLibreMap];
	}
}

/**
 * Keeps maps showing the same view: whenever one moves (pan, zoom, rotate, by hand or by
 * code), the others jump to its centre, zoom, bearing and pitch. `jumpTo` fires the other
 * map's own `move` synchronously, so a flag set around the jump is enough to stop the echo
 * (no feedback loop, no drift from animating back). The first map's view is applied to the
 * others at once. Returns the function that ends the synchronisation.
 * @example $effect(() => (a && b ? syncMaps([a, b]) : undefined));
 */
export function syncMaps(maps: readonly MapLibreMap[]): () => void {
	let following = false;
	const follow = (leader: MapLibreMap) => {
		if (following) return;
		following = true;
		try {
			const view = {
				center: leader.getCenter(),
				zoom: leader.getZoom(),
				bearing: leader.getBearing(),
				pitch: leader.getPitch()
			};
			for (const map of maps) if (map !== leader) map.jumpTo(view);
		} finally {
			following = false;
		}
	};
	const offs = maps.map((map) => {
		const onMove = () => follow(map);
		map.on('move', onMove);
		return () => map.off('move', onMove);
	});
	if (maps[0]) follow(maps[0]);
	return () => offs.forEach((off) => off());
}
