import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTE_RULES } from './policy';

/**
 * Reads the route tree itself, so a new endpoint or form action cannot ship without a rule:
 * every changing method and action found in src/routes must be in ROUTE_RULES, and every
 * rule must name something that exists.
 */
const ROOT = 'src/routes';

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
	);
}

function routeId(file: string): string {
	const dir = relative(ROOT, file).split(sep).slice(0, -1).join('/');
	return `/${dir}`;
}

/** `{ routeId: ['POST', '?/save', …] }` as the source declares them. */
function declaredWrites(): Map<string, string[]> {
	const writes = new Map<string, string[]>();
	for (const file of files(ROOT)) {
		const source = readFileSync(file, 'utf8');
		const found: string[] = [];
		if (file.endsWith('+server.ts')) {
			for (const m of source.matchAll(
				/export (?:const|async function) (POST|PUT|PATCH|DELETE)\b/g
			)) {
				found.push(m[1]!);
			}
		}
		if (file.endsWith('+page.server.ts')) {
			const actions = source.split('export const actions')[1];
			if (actions) {
				for (const m of actions.matchAll(/^\t(\w+): async/gm)) found.push(`?/${m[1]}`);
			}
		}
		if (found.length) writes.set(routeId(file), [...(writes.get(routeId(file)) ?? []), ...found]);
	}
	return writes;
}

function declaredRoutes(): Set<string> {
	return new Set(
		files(ROOT)
			.filter((f) => /\+(page\.svelte|server\.ts|page\.server\.ts)$/.test(f))
			.map(routeId)
	);
}

describe('ROUTE_RULES covers the route tree', () => {
	const writes = declaredWrites();

	it('finds the routes’ changing handlers at all', () => {
		expect(writes.get('/eiendom/normtall')).toEqual(['?/save', '?/delete']);
		expect(writes.get('/api/proposals/[id]')).toEqual(['PATCH']);
	});

	it('has a rule for every changing method and form action', () => {
		const missing = [...writes].flatMap(([route, keys]) =>
			keys.filter((k) => !ROUTE_RULES[route]?.write?.[k]).map((k) => `${route} ${k}`)
		);
		expect(missing).toEqual([]);
	});

	it('has no rule for a handler that does not exist', () => {
		const routes = declaredRoutes();
		const stale = Object.entries(ROUTE_RULES).flatMap(([route, rule]) => [
			...(routes.has(route) ? [] : [route]),
			...Object.keys(rule.write ?? {})
				.filter((k) => !writes.get(route)?.includes(k))
				.map((k) => `${route} ${k}`)
		]);
		expect(stale).toEqual([]);
	});
});
