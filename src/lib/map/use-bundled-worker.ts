import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

/*
 * MapLibre 6 loads its worker from a separate file. Importing it with `?worker&url` makes
 * Vite bundle that file with the app (no CDN, works offline). Done here rather than through
 * svelte-maplibre-gl/vite because Vite's dependency pre-bundling cannot follow `?worker`
 * imports inside node_modules.
 */
if (typeof window !== 'undefined') setWorkerUrl(workerUrl);
