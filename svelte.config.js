import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/*
 * Origins of the optional online basemaps in src/lib/map/basemaps.ts. The CSP is fixed at
 * build time and PLANBORD_BASEMAP is read at run time, so every basemap it may name is
 * allowed (src/lib/server/http/csp.test.ts fails if basemaps.ts gains a host missing here).
 * This file cannot import basemaps.ts: Node 20 loads it without a TypeScript loader.
 */
/** @type {`https://${string}.${string}`[]} */
const BASEMAP_ORIGINS = ['https://cache.kartverket.no'];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		alias: {
			$db: 'db'
		},
		// SvelteKit's form origin check (csrf.trustedOrigins empty) stays on: do not loosen it.
		csp: {
			// A nonce per rendered page for SvelteKit's inline start-up script; hashes if a page
			// is ever prerendered.
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// MapLibre 6 starts its worker from our bundled same-origin file
				// (src/lib/map/use-bundled-worker.ts); it falls back to a blob: URL when the worker
				// file is on another origin. child-src is the fallback for browsers without worker-src.
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				// MapLibre decodes raster tiles through blob: images; the basemap tiles come from Kartverket.
				'img-src': ['self', 'data:', 'blob:', ...BASEMAP_ORIGINS],
				// 'unsafe-inline' because style attributes are rendered on the server (app.html's
				// wrapper, Svelte's style: directives), Svelte transitions and the print page's
				// @page rule (src/routes/kart/+page.svelte) insert <style> elements, and hashes cannot
				// cover attributes. Styles cannot run script; script-src stays strict.
				'style-src': ['self', 'unsafe-inline'],
				// Tile, GeoJSON and API requests; MapLibre fetches raster basemap tiles as data.
				// data: and blob: are local to the page, so allowing them lets nothing out.
				'connect-src': ['self', 'data:', 'blob:', ...BASEMAP_ORIGINS],
				'font-src': ['self', 'data:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		typescript: {
			// db/, bench/ and scripts/ sit outside src/ but are type-checked and linted like it.
			config: (tsconfig) => {
				tsconfig.include.push('../db/**/*.ts', '../bench/**/*.ts', '../scripts/**/*.ts');
			}
		}
	}
};

export default config;
