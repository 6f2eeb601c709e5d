import { describe, expect, it } from 'vitest';
import { nestAttributes } from './nest-attributes';

describe('nestAttributes', () => {
	it('re-nests dotted keys, grouping shared prefixes in first-seen order', () => {
		expect(
			nestAttributes({
				'NASJONALAREALPLANID.KOMM': '0220',
				BESKRIVELSE: 'To ord',
				'NASJONALAREALPLANID.PLANID': 7,
				'A.B.C': 1
			})
		).toEqual([
			'..NASJONALAREALPLANID',
			'...KOMM 0220',
			'...PLANID 7',
			'..BESKRIVELSE "To ord"',
			'..A',
			'...B',
			'....C 1'
		]);
	});

	it('writes a #2 repeat as a second group of the same name', () => {
		expect(nestAttributes({ 'U.T': 15, 'U#2.T': 17 })).toEqual([
			'..U',
			'...T 15',
			'..U',
			'...T 17'
		]);
	});
});
