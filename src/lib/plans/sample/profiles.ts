import type { AdoptionDates, SampleFormat } from './sample-attributes';

/*
 * What the generator knows about each old municipality: the plan it fakes, where the real
 * built-up centres are (positions from public maps, rounded; they steer the code choice
 * only) and how many Voronoi cells its mosaic gets. Plan ids follow "year + serial" as
 * Norwegian municipalities number their plans; every name says "eksempeldata".
 */

export type CentreKind = 'sentrum' | 'tettsted' | 'industri';

export interface Centre {
	name: string;
	/** WGS 84 degrees. */
	lon: number;
	lat: number;
	/** Metres: the core is about half of this, the built-up belt about 1.6 times. */
	radius: number;
	kind: CentreKind;
}

export interface MunicipalityProfile {
	municipality: '0220' | '0627' | '0628';
	/** The file the plan ships as, its format and the EPSG code it is written in. */
	file: string;
	format: SampleFormat;
	formatName: string;
	writtenSrid: 25832 | 25833;
	dates: AdoptionDates;
	municipalityName: string;
	planId: string;
	planName: string;
	law: 'pbl2008' | 'pbl1985';
	/** Voronoi seeds before clipping and dissolving. */
	cells: number;
	centres: readonly Centre[];
	/** Share of rural cells joined with neighbours of the same code (0–1). */
	dissolve: number;
}

export const PROFILES: readonly MunicipalityProfile[] = Object.freeze([
	{
		municipality: '0220',
		file: 'asker-0220-kpa.gml',
		format: 'gml',
		formatName: 'NPAD GML Kommuneplan 20190401',
		writtenSrid: 25832,
		dates: { adopted: '2017-11-14', inForce: '2017-11-15', lovreferanse: 6 },
		municipalityName: 'Asker',
		planId: '2018001',
		planName: 'Kommuneplanens arealdel 2018–2030 (eksempeldata)',
		law: 'pbl2008',
		cells: 250,
		dissolve: 0.6,
		centres: [
			{ name: 'Asker sentrum', lon: 10.435, lat: 59.833, radius: 1100, kind: 'sentrum' },
			{ name: 'Heggedal', lon: 10.446, lat: 59.786, radius: 600, kind: 'tettsted' },
			{ name: 'Vollen', lon: 10.482, lat: 59.803, radius: 550, kind: 'tettsted' },
			{ name: 'Holmen', lon: 10.466, lat: 59.851, radius: 600, kind: 'tettsted' },
			{ name: 'Billingstad', lon: 10.487, lat: 59.862, radius: 700, kind: 'industri' }
		]
	},
	{
		municipality: '0627',
		file: 'royken-0627-kpa.sos',
		format: 'sosi',
		formatName: 'SOSI 4.5',
		writtenSrid: 25832,
		dates: { adopted: '2015-06-16', inForce: '2015-06-17', lovreferanse: 6 },
		municipalityName: 'Røyken',
		planId: '2015001',
		// SOSI is written in ISO 8859-10, which has æ, ø and å but no en dash.
		planName: 'Kommuneplanens arealdel for Røyken 2015-2027 (eksempeldata)',
		law: 'pbl2008',
		cells: 300,
		dissolve: 0.6,
		centres: [
			{ name: 'Røyken sentrum', lon: 10.392, lat: 59.747, radius: 800, kind: 'sentrum' },
			{ name: 'Slemmestad', lon: 10.488, lat: 59.781, radius: 650, kind: 'industri' },
			{ name: 'Spikkestad', lon: 10.345, lat: 59.745, radius: 650, kind: 'tettsted' },
			{ name: 'Hyggen', lon: 10.367, lat: 59.724, radius: 350, kind: 'tettsted' },
			{ name: 'Nærsnes', lon: 10.505, lat: 59.76, radius: 400, kind: 'tettsted' },
			{ name: 'Midtbygda', lon: 10.42, lat: 59.705, radius: 400, kind: 'tettsted' }
		]
	},
	{
		municipality: '0628',
		file: 'hurum-0628-kpa.geojson',
		format: 'geojson',
		formatName: 'GeoJSON',
		writtenSrid: 25833,
		dates: { adopted: '2007-06-19', inForce: '2007-06-20', lovreferanse: 4 },
		municipalityName: 'Hurum',
		planId: '2007001',
		planName: 'Kommuneplanens arealdel 2007–2019 (eksempeldata, pbl 1985)',
		law: 'pbl1985',
		cells: 350,
		dissolve: 0.7,
		centres: [
			{ name: 'Sætre', lon: 10.522, lat: 59.68, radius: 700, kind: 'sentrum' },
			{ name: 'Tofte', lon: 10.556, lat: 59.546, radius: 650, kind: 'industri' },
			{ name: 'Holmsbu', lon: 10.455, lat: 59.563, radius: 350, kind: 'tettsted' },
			{ name: 'Filtvet', lon: 10.596, lat: 59.573, radius: 300, kind: 'tettsted' },
			{ name: 'Klokkarstua', lon: 10.465, lat: 59.628, radius: 400, kind: 'tettsted' }
		]
	}
]);
