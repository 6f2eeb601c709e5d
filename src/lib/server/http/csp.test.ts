import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../../../svelte.config.js';

const csp = () => config.kit?.csp;
const directive = (name: string) =>
	(csp()?.directives as Record<string, string[] | undefined>)[name] ?? [];

describe('kit.csp in svelte.config.js', () => {
	it('uses nonces or hashes for SvelteKit inline scripts and no unsafe script source', () => {
		expect(csp()?.mode).toBe('auto');
		expect(directive('script-src')).toEqual(['self']);
	});

	it('lets MapLibre start its worker', () => {
		expect(directive('worker-src')).toEqual(['self', 'blob:']);
	});

	it('refuses plugins, framing, foreign forms and base rewriting', () => {
		expect({
			object: directive('object-src'),
			ancestors: directive('frame-ancestors'),
			forms: directive('form-action'),
			base: directive('base-uri')
		}).toEqual({ object: ['none'], ancestors: ['none'], forms: ['self'], base: ['self'] });
	});

	it('allows, for images and fetches, every host a basemap in basemaps.ts loads tiles from', () => {
		// Read as text so a basemap added later is covered without exporting the table.
		const source = readFileSync('src/lib/map/basemaps.ts', 'utf8');
		const origins = new Set([...source.matchAll(/https:\/\/[^/'"`\s]+/g)].map((m) => m[0]));
		expect(origins.size).toBeGreaterThan(0);
		for (const origin of origins) {
			expect(directive('connect-src')).toContain(origin);
			expect(directive('img-src')).toContain(origin);
		}
	});

	it('keeps the form origin check on', () => {
		const csrf = config.kit?.csrf;
		expect([csrf?.checkOrigin ?? true, csrf?.trustedOrigins ?? []]).toEqual([true, []]);
	});
});
