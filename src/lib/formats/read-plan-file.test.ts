import { describe, expect, it } from 'vitest';
import { ParseError } from '../errors';
import { detectPlanFormat, readPlanFile } from './read-plan-file';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('detectPlanFormat', () => {
	it('goes by the extension first', () => {
		expect(detectPlanFormat(bytes('{}'), 'plan.SOS')).toBe('sosi');
		expect(detectPlanFormat(bytes(''), 'plan.gml')).toBe('gml');
		expect(detectPlanFormat(bytes(''), 'plan.json')).toBe('geojson');
	});

	it('reads the first bytes of a file with an unknown extension', () => {
		expect(detectPlanFormat(bytes('\uFEFF.HODE\r\n..TEGNSETT UTF-8'), 'kpa.txt')).toBe('sosi');
		expect(detectPlanFormat(bytes('  <?xml version="1.0"?>'), 'kpa.txt')).toBe('gml');
		expect(detectPlanFormat(bytes('{"type":"FeatureCollection"'), 'export')).toBe('geojson');
	});

	it('refuses what it cannot recognise, naming the file', () => {
		expect(() => detectPlanFormat(bytes('PK\u0003\u0004'), 'plan.zip')).toThrowError(/plan\.zip/);
	});
});

describe('readPlanFile', () => {
	it('refuses an empty file', () => {
		expect(() => readPlanFile(new Uint8Array(), 'tom.sos')).toThrowError(ParseError);
	});

	it('refuses a file over the limit before reading it', () => {
		const error = (() => {
			try {
				readPlanFile(bytes('.HODE\n'.repeat(100)), 'stor.sos', 10);
			} catch (e) {
				return e as ParseError;
			}
		})();
		expect(error?.reason).toBe('file-too-large');
		expect(error?.location.file).toBe('stor.sos');
	});
});
