// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ZoneEditor } from '$lib/map/zones/zone-editor.svelte';

declare global {
	interface Window {
		/** The page's map, for browser tests that assert on map state. */
		planbordMap?: MapLibreMap;
		/** The zone editor's session, for browser tests that check geometry exactly. */
		planbordZoneEditor?: ZoneEditor;
	}

	namespace App {
		interface Error {
			message: string;
			reason?: string;
		}
	}
}

export {};
