import { describe, expect, it } from 'vitest';
import { decide, namedAction, requiredAccess, ROUTE_RULES } from './policy';
import { ROLES } from './roles';

describe('requiredAccess', () => {
	it('lets any signed-in user read a route without its own rule', () => {
		expect(requiredAccess('/eiendom', 'GET', null)).toBe('signed-in');
	});

	it('uses the route’s own read rule', () => {
		expect(requiredAccess('/admin/brukere', 'GET', null)).toBe('admin');
		expect(requiredAccess('/kart', 'HEAD', null)).toBe('share');
	});

	it('finds named form actions, endpoint methods and the default action', () => {
		expect(requiredAccess('/eiendom/normtall', 'POST', 'delete')).toBe('eiendom');
		expect(requiredAccess('/api/proposals/[id]', 'PATCH', null)).toBe('planlegger');
		expect(requiredAccess('/logg-inn', 'POST', null)).toBe('public');
	});

	it('refuses changes nobody opened, for everyone', () => {
		expect(requiredAccess('/eiendom', 'POST', null)).toBeNull();
		expect(requiredAccess('/eiendom/normtall', 'POST', 'nosuch')).toBeNull();
		expect(requiredAccess('/api/proposals/[id]', 'DELETE', null)).toBeNull();
		expect(requiredAccess('/not/a/route', 'PUT', null)).toBeNull();
		// A named action is never answered by a method rule of the same route.
		expect(requiredAccess('/logg-ut', 'POST', 'POST')).toBeNull();
	});
});

describe('namedAction', () => {
	it('reads SvelteKit’s ?/name', () => {
		expect(namedAction('?/save')).toBe('save');
		expect(namedAction('?x=1&/merge')).toBe('merge');
		expect(namedAction('?x=1')).toBeNull();
		expect(namedAction('')).toBeNull();
	});
});

describe('decide', () => {
	const anonymous = { role: null, viaShare: false };
	const viaShare = { role: null, viaShare: true };

	it('asks anonymous visitors to sign in for everything but public routes and shared views', () => {
		expect(decide('public', anonymous)).toBe('allow');
		expect(decide('signed-in', anonymous)).toBe('sign-in');
		expect(decide('share', anonymous)).toBe('sign-in');
		expect(decide('share', viaShare)).toBe('allow');
		expect(decide('leser', viaShare)).toBe('sign-in');
		expect(decide(null, anonymous)).toBe('sign-in');
	});

	it('gives each role its own rights and admins all of them', () => {
		for (const role of ROLES) {
			for (const needed of ROLES) {
				const verdict = decide(needed, { role, viaShare: false });
				expect(verdict).toBe(role === needed || role === 'admin' ? 'allow' : 'forbidden');
			}
		}
	});

	it('refuses a change nobody opened even for admins', () => {
		expect(decide(null, { role: 'admin', viaShare: false })).toBe('forbidden');
	});

	it('never lets a leser change anything listed', () => {
		for (const rule of Object.values(ROUTE_RULES)) {
			for (const access of Object.values(rule.write ?? {})) {
				const verdict = decide(access, { role: 'leser', viaShare: false });
				if (verdict === 'allow') expect(['public', 'signed-in']).toContain(access);
			}
		}
	});
});
