import { describe, expect, it } from 'vitest';
import { ParseError } from '../../errors';
import { tokeniseLine } from './tokenise-line';

const value = (text: string, quoted = false) => ({ kind: 'value', text, quoted });
const name = (level: number, n: string) => ({ kind: 'name', level, name: n });

describe('tokeniseLine', () => {
	it('reads a group line with its serial', () => {
		expect(tokeniseLine('.KURVE 12:')).toEqual([name(1, 'KURVE'), value('12:')]);
	});

	it('reads coordinates followed by a node flag', () => {
		expect(tokeniseLine('198204621 9583624 ...KP 1')).toEqual([
			value('198204621'),
			value('9583624'),
			name(3, 'KP'),
			value('1')
		]);
	});

	it('keeps quoted text whole, ! included, and drops a comment after it', () => {
		expect(tokeniseLine(`..PLANNAVN "E6 ! Hest" ! kommentar`)).toEqual([
			name(2, 'PLANNAVN'),
			value('E6 ! Hest', true)
		]);
	});

	it('accepts single quotes around text with double quotes', () => {
		expect(tokeniseLine(`..BESKRIVELSE 'Tre "ord"'`)[1]).toEqual(value('Tre "ord"', true));
	});

	it('treats dots before a digit as a value, not an element', () => {
		expect(tokeniseLine('..ENHET .5')).toEqual([name(2, 'ENHET'), value('.5')]);
	});

	it('reads a ..REF continuation line of refs and islands', () => {
		expect(tokeniseLine(':-54 (:5 :6)')).toEqual([value(':-54'), value('(:5'), value(':6)')]);
	});

	it('rejects an unterminated string', () => {
		expect(() => tokeniseLine('..OMRNAVN "B1', { line: 9 })).toThrow(ParseError);
	});
});
