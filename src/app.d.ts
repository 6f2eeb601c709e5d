// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ZoneEditor } from '$lib/map/zones/zone-editor.svelte';
import type { ZoneStatistics } from '$lib/zones/statistics/types';
import type { Zone } from '$lib/zones/types';

declare global {
	interface Window {
		/** The page's map, for browser tests that assert on map state. */
		planbordMap?: MapLibreMap;
		/** The zone editor's session, for browser tests that check geometry exactly. */
		planbordZoneEditor?: ZoneEditor;
		/** The editor's cached statistics function, for the in-browser bench. */
		planbordZoneStatistics?: (zones: readonly Zone[]) => ZoneStatistics[];
	}

	namespace App {
		interface Error {
			message: string;
			reason?: string;
		}
	}
}

export {};
