import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-rules';
import { safeNextPath } from './next-path';

describe('passwordProblem', () => {
	it('accepts a long passphrase', () => {
		expect(passwordProblem('korrekt hest batteri stift', 'kari')).toBeNull();
	});
	it('refuses short, huge and name-containing passwords', () => {
		expect(passwordProblem('kort', 'kari')).toMatch(/minst 12/);
		expect(passwordProblem('x'.repeat(257), 'kari')).toMatch(/høyst 256/);
		expect(passwordProblem('mitt-KARI-passord', 'kari')).toMatch(/brukernavnet/);
	});
});

describe('safeNextPath', () => {
	it('keeps paths on this site', () => {
		expect(safeNextPath('/lokalomrader/3?x=1')).toBe('/lokalomrader/3?x=1');
	});
	it('refuses other sites and loops', () => {
		for (const bad of [
			'//evil.example/x',
			'https://evil.example',
			'/\\evil.example',
			'/\t/evil.example',
			'/\n/evil.example',
			'/logg-inn?x=1',
			null,
			''
		]) {
			expect(safeNextPath(bad)).toBe('/');
		}
	});
});
