import { describe, expect, it } from 'vitest';
import saltdalUrl from './fixtures/regplan-1840-saltdal.sos?url&inline';
import { fixtureBytes } from './fixtures/bytes';
import { parseSosi } from './parse';

/*
 * A real SOSI 4.5 reguleringsplan (fixtures/SOURCE.md): 78 FLATE, 188 KURVE, 31 SYMBOL,
 * ISO8859-1 with CRLF, KOORDSYS 215 (NTM zone 15). The GDAL comparison of its areas is
 * in tests/gdal/sosi.gdal.test.ts.
 */
const read = () => parseSosi(fixtureBytes(saltdalUrl), { fileName: 'saltdal.sos' });

describe('parseSosi on the Saltdal reguleringsplan', () => {
	it('reads all 78 FLATE in EPSG:5115', () => {
		const result = read();
		expect(result.srid).toBe(5115);
		expect(result.features).toHaveLength(78);
	});

	it('reads the plan header', () => {
		expect(read().header).toEqual({
			municipality: '1840',
			planId: '2016003',
			name: 'E6 Hestbrinken-Borkamo',
			law: 'pbl2008',
			format: 'SOSI 4.5'
		});
	});

	it('counts the object types', () => {
		const counts: Record<string, number> = {};
		for (const f of read().features)
			counts[f.properties.objectType] = (counts[f.properties.objectType] ?? 0) + 1;
		expect(counts).toEqual({
			RpOmråde: 1,
			RpArealformålOmråde: 49,
			RpBestemmelseOmråde: 22,
			RpSikringSone: 3,
			RpAngittHensynSone: 2,
			RpFareSone: 1
		});
	});

	it('reads FLATE 211 as RPAREALFORMÅL 5100 named LNFR1', () => {
		const flate = read().features.find((f) => f.properties.objectId === '211');
		expect(flate?.properties).toMatchObject({
			kind: 'landuse',
			code: '5100',
			name: 'LNFR1',
			codeList: 'reguleringsformal-2008'
		});
	});

	it('notes the line and point objects it did not import', () => {
		const details = read().notes.map((note) => note.detail);
		expect(details).toEqual([
			'31 × .SYMBOL RpJuridiskPunkt not imported (only areas, .FLATE, are read)',
			'7 × .KURVE RpJuridiskLinje not imported (only areas, .FLATE, are read)'
		]);
	});
});
