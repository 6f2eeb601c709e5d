import { describe, expect, it } from 'vitest';
import { CrsError, ParseError } from '../../errors';
import { readGroups } from './read-groups';
import { readHeader } from './read-header';

function hode(body: string) {
	const lines = `.HODE\n${body}\n.SLUTT`.split('\n').map((text, i) => ({ text, number: i + 1 }));
	const [group] = [...readGroups(lines)];
	return readHeader(group!, 'f.sos');
}
const TRANSPAR = '..TRANSPAR\n...KOORDSYS 22\n...ORIGO-NØ 0 0\n...ENHET 0.01';

describe('readHeader', () => {
	it('reads KOORDSYS, ENHET, version and catalogue', () => {
		const header = hode(`${TRANSPAR}\n..SOSI-VERSJON 4.0\n..OBJEKTKATALOG Regplan 20120416 4.5`);
		expect(header).toMatchObject({
			koordsys: 22,
			srid: 25832,
			unit: 0.01,
			origin: { north: 0, east: 0 },
			version: '4.0',
			catalogue: 'Regplan 20120416 4.5'
		});
	});

	it('applies ORIGO-NØ north first and ENHET, returning [E, N]', () => {
		const header = hode('..TRANSPAR\n...KOORDSYS 210\n...ORIGO-NØ 1200000 96000\n...ENHET 0.1');
		expect(header.toMetres(42, 7)).toEqual([96000.7, 1200004.2]);
	});

	it('gives exact centimetres for ENHET 0.01', () => {
		expect(hode(TRANSPAR).toMetres(663340001, 58000001)).toEqual([580000.01, 6633400.01]);
	});

	it.each([
		['..SOSI-VERSJON 4.5', '.HODE has no ..TRANSPAR'],
		['..TRANSPAR\n...ORIGO-NØ 0 0\n...ENHET 1', '..TRANSPAR has no ...KOORDSYS'],
		['..TRANSPAR\n...KOORDSYS 22\n...ENHET 1', '..TRANSPAR has no ...ORIGO-NØ'],
		['..TRANSPAR\n...KOORDSYS 22\n...ORIGO-NØ 0 0', '..TRANSPAR has no ...ENHET'],
		['..TRANSPAR\n...KOORDSYS 22\n...ORIGO-NØ 0\n...ENHET 1', '...ORIGO-NØ "0" is not 2 number(s)'],
		['..TRANSPAR\n...KOORDSYS 22\n...ORIGO-NØ 0 0\n...ENHET 0', '...ENHET 0 is not positive']
	])('rejects %j', (body, detail) => {
		expect(() => hode(body)).toThrow(expect.objectContaining({ constructor: ParseError, detail }));
	});

	it('turns an unsupported KOORDSYS into a CrsError at its line', () => {
		expect(() => hode('..TRANSPAR\n...KOORDSYS 103\n...ORIGO-NØ 0 0\n...ENHET 1')).toThrow(
			expect.objectContaining({ constructor: CrsError, location: { file: 'f.sos', line: 3 } })
		);
	});
});
