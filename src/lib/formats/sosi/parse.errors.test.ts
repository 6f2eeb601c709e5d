import { describe, expect, it } from 'vitest';
import { CrsError, ParseError } from '../../errors';
import { hode, latin1Sos, squareFile } from './fixtures/bytes';
import { parseSosi } from './parse';

const FILE = 'broken.sos';
const parse = (text: string) => () => parseSosi(latin1Sos(text), { fileName: FILE });

/** The line number (1-based) of the first line of `text` that starts with `start`. */
const lineOf = (text: string, start: string) =>
	text.split('\n').findIndex((line) => line.startsWith(start)) + 1;

describe('parseSosi rejects broken files with reason and location', () => {
	it('a file without .SLUTT is truncated, at its last line', () => {
		const text = squareFile().replace('.SLUTT\n', '');
		expect(parse(text)).toThrow(
			expect.objectContaining({
				constructor: ParseError,
				reason: 'malformed-sosi',
				detail: 'truncated: no .SLUTT',
				location: { file: FILE, line: text.split('\n').length - 1 }
			})
		);
	});

	it('a ..REF to a missing curve names the ref, the FLATE and its ..REF line', () => {
		const text = squareFile({ ref: ':1 (:7)' });
		expect(parse(text)).toThrow(
			expect.objectContaining({
				reason: 'missing-curve',
				detail: expect.stringContaining(':7 of FLATE 2'),
				location: { file: FILE, line: lineOf(text, '..REF'), feature: 2 }
			})
		);
	});

	it('a ring that does not close is unclosed-ring at the FLATE', () => {
		const open = `.KURVE 3:\n..OBJTYPE KpArealGrense\n..NØ\n663300000 58000000\n663300000 58010000\n`;
		const text = squareFile({ extra: open }).replace('..REF :1', '..REF :3');
		expect(parse(text)).toThrow(
			expect.objectContaining({
				reason: 'unclosed-ring',
				location: { file: FILE, line: lineOf(text, '..REF'), feature: 2 }
			})
		);
	});

	it('an unknown ..TEGNSETT names the value and its line', () => {
		const text = squareFile({ head: hode({ charset: 'EBCDIC' }) });
		expect(parse(text)).toThrow(
			expect.objectContaining({
				reason: 'unknown-charset',
				detail: expect.stringContaining('"EBCDIC"'),
				location: { file: FILE, line: 2 }
			})
		);
	});

	it('a .HODE without ..TRANSPAR is malformed at .HODE', () => {
		const text = squareFile({ head: '.HODE\n..TEGNSETT ISO8859-1\n..SOSI-VERSJON 4.5\n' });
		expect(parse(text)).toThrow(
			expect.objectContaining({
				reason: 'malformed-sosi',
				detail: '.HODE has no ..TRANSPAR',
				location: { file: FILE, line: 1 }
			})
		);
	});

	it('a missing ...ENHET is an error, not a guess', () => {
		const text = squareFile({ head: hode().replace('...ENHET 0.01\n', '') });
		expect(parse(text)).toThrow(/\.\.TRANSPAR has no \.\.\.ENHET/);
	});

	it('an unknown KOORDSYS is a CrsError at its line', () => {
		const text = squareFile({ head: hode({ koordsys: '103' }) });
		expect(parse(text)).toThrow(
			expect.objectContaining({
				constructor: CrsError,
				reason: 'unknown-crs',
				detail: expect.stringContaining('local grid of Asker'),
				location: { file: FILE, line: lineOf(text, '...KOORDSYS') }
			})
		);
	});

	it('a non-numeric coordinate line names the line and the curve', () => {
		const text = squareFile().replace('663310000 58010000', '663310000 5801OOOO');
		expect(parse(text)).toThrow(
			expect.objectContaining({
				reason: 'malformed-sosi',
				detail: '"5801OOOO" is not a coordinate',
				location: { file: FILE, line: lineOf(text, '663310000 5801OOOO'), feature: 1 }
			})
		);
	});

	it('an object before .HODE is malformed at its line', () => {
		expect(parse(`.KURVE 1:\n${squareFile()}`)).toThrow(
			expect.objectContaining({ detail: '.KURVE before .HODE', location: { file: FILE, line: 1 } })
		);
	});

	it('a FLATE without ..REF is malformed', () => {
		expect(parse(squareFile().replace('..REF :1\n', ''))).toThrow(
			/needs a serial number and a \.\.REF/
		);
	});
});

describe('parseSosi on nothing', () => {
	it('calls an empty file empty', () => {
		expect(() => parseSosi(new Uint8Array(), { fileName: FILE })).toThrow(
			expect.objectContaining({ reason: 'empty-file', location: { file: FILE } })
		);
	});
});

describe('parseSosi tolerates', () => {
	it('a missing ..TEGNSETT, read as ISO8859-1 with a note', () => {
		const result = parseSosi(latin1Sos(squareFile({ head: hode({ charset: '' }) })));
		expect(result.notes).toEqual([
			{ code: 'sosi-assumed-charset', detail: '.HODE has no ..TEGNSETT; read as ISO8859-1' }
		]);
	});

	it('KOORDSYS 84 as WGS 84 with a note', () => {
		const head = hode({ koordsys: '84', unit: '0.000001' });
		const result = parseSosi(latin1Sos(squareFile({ head })));
		expect(result.srid).toBe(4326);
		expect(result.notes.map((n) => n.code)).toEqual(['sosi-geographic-crs']);
	});

	it('the ANSI spelling of ISO8859-1', () => {
		const text = squareFile({ head: hode({ charset: 'ANSI' }) }).replace(
			'1110\n',
			'1110\n..OMRNAVN Bråtan\n'
		);
		expect(parseSosi(latin1Sos(text)).features[0]?.properties.name).toBe('Bråtan');
	});
});
