import { describe, expect, it } from 'vitest';
import { guessColumnMapping, resolveColumnMapping } from './column-mapping';

describe('guessColumnMapping', () => {
	it('recognises Norwegian headers with units, case and diacritics', () => {
		const headers = [
			'Bygningsnr',
			'Navn',
			'Kommunenr',
			'Kategori',
			'BTA (m²)',
			'BRA m2',
			'Byggeår',
			'Tilstandsgrad',
			'Vedlikeholdsetterslep (kr)',
			'Kapasitet',
			'Antall brukere',
			'Øst',
			'Nord'
		];
		expect(guessColumnMapping(headers)).toEqual({
			buildingNumber: 0,
			name: 1,
			municipality: 2,
			category: 3,
			bta: 4,
			bra: 5,
			yearBuilt: 6,
			condition: 7,
			maintenanceBacklog: 8,
			capacity: 9,
			users: 10,
			x: 11,
			y: 12
		});
	});

	it('recognises short forms and degree columns', () => {
		const headers = ['bygningsnummer', 'TG', 'Gnr', 'Bnr', 'Lengdegrad', 'Breddegrad'];
		expect(guessColumnMapping(headers)).toEqual({
			buildingNumber: 0,
			condition: 1,
			gnr: 2,
			bnr: 3,
			x: 4,
			y: 5
		});
	});

	it('recognises English headers', () => {
		const headers = [
			'Building number',
			'Name',
			'Municipality',
			'Category',
			'Year built',
			'lat',
			'lon'
		];
		expect(guessColumnMapping(headers)).toEqual({
			buildingNumber: 0,
			name: 1,
			municipality: 2,
			category: 3,
			yearBuilt: 4,
			y: 5,
			x: 6
		});
	});

	it('gives each field the first matching column and leaves unknown headers out', () => {
		expect(guessColumnMapping(['Kommentar', 'Navn', 'Bygningsnavn', 'WKT'])).toEqual({
			name: 1,
			geometry: 3
		});
	});
});

describe('resolveColumnMapping', () => {
	const headers = ['Bygningsnr', 'Navn', 'BTA (m²)'];

	it('resolves header references exactly and then normalised', () => {
		const { columns, missing } = resolveColumnMapping(
			{ buildingNumber: 'Bygningsnr', name: 1, bta: 'bta m2' },
			headers
		);
		expect({ columns, missing }).toEqual({
			columns: { buildingNumber: 0, name: 1, bta: 2 },
			missing: []
		});
	});

	it('reports references to columns the file does not have', () => {
		const { missing } = resolveColumnMapping({ name: 'Adresse', bta: 7 }, headers);
		expect(missing).toEqual([
			{ field: 'name', ref: 'Adresse' },
			{ field: 'bta', ref: 7 }
		]);
	});
});
