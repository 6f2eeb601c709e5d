import { describe, expect, it } from 'vitest';
import { declaredRoutes, declaredWrites } from '../../../tests/helpers/route-tree';
import { ROUTE_RULES } from './policy';

/**
 * Reads the route tree itself, so a new endpoint or form action cannot ship without a rule:
 * every changing method and action found in src/routes must be in ROUTE_RULES, and every
 * rule must name something that exists.
 */
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
