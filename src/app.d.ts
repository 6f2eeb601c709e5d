// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
	interface Window {
		/** The page's map, for browser tests that assert on map state. */
		planbordMap?: MapLibreMap;
	}

	namespace App {
		interface Error {
			message: string;
			reason?: string;
		}
	}
}

export {};
