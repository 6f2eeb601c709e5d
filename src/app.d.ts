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
		interface Locals {
			/** The signed-in user (hooks.server.ts), null for anonymous requests. */
			user: import('$lib/auth/types').SessionUser | null;
			/** The published share link this anonymous request came through, if any. */
			share: import('$lib/auth/types').ShareAccess | null;
		}
		interface Error {
			message: string;
			reason?: string;
			/** Unexpected errors only: the id the server logged the stack under (handle-error.ts). */
			id?: string;
		}
	}
}

export {};
