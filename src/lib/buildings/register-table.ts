import { MUNICIPALITY_NAME, UNIT_LABEL } from '../i18n/buildings';
import type { BuildingAttributes, BuildingCategory, Tenure, ValuationMethod } from './types';

/** A cell of an exported table: text, a number, or empty. */
export type TableCell = string | number | null;

/** A register row for export: attributes plus the building's geometry as EWKT (EPSG:25832). */
export type ExportBuilding = BuildingAttributes & { ewkt: string; east: number; north: number };

/*
 * Words the importer reads back to the same code (see import/parse-codes.ts), so that an
 * exported register re-imports without a single change. The round trip is tested.
 */
const CATEGORY_WORD: Record<BuildingCategory, string> = {
	school: 'Skole',
	kindergarten: 'Barnehage',
	nursing_home: 'Sykehjem',
	health: 'Helse',
	administration: 'Administrasjon',
	culture: 'Kultur',
	sport: 'Idrett',
	housing: 'Bolig',
	technical: 'Teknisk'
};
const TENURE_WORD: Record<Tenure, string> = { owned: 'Eid', leased: 'Leid' };
const VALUE_METHOD_WORD: Record<ValuationMethod, string> = {
	replacement_cost: 'Gjenanskaffelseskost',
	market: 'Markedsverdi',
	book: 'Bokført verdi'
};

const COLUMNS: [header: string, value: (b: ExportBuilding) => TableCell][] = [
	['Bygningsnr', (b) => b.buildingNumber],
	['Navn', (b) => b.name],
	['Adresse', (b) => b.address],
	['Gnr', (b) => b.gnr],
	['Bnr', (b) => b.bnr],
	['Kommunenr', (b) => b.municipality],
	['Kommunenavn (gammel)', (b) => MUNICIPALITY_NAME[b.municipality]],
	['Kategori', (b) => CATEGORY_WORD[b.category]],
	['BTA (m²)', (b) => b.bta],
	['BRA (m²)', (b) => b.bra],
	['Byggeår', (b) => b.yearBuilt],
	['Eierform', (b) => TENURE_WORD[b.tenure]],
	['Husleie (kr/år)', (b) => b.annualRent],
	['Tilstandsgrad', (b) => (b.condition === null ? null : `TG${b.condition}`)],
	['Vedlikeholdsetterslep (kr)', (b) => b.maintenanceBacklog],
	['Verdi (kr)', (b) => b.value],
	['Verdimetode', (b) => (b.valueMethod ? VALUE_METHOD_WORD[b.valueMethod] : null)],
	['Verdidato', (b) => b.valueDate],
	['FDVU-kostnad (kr/år)', (b) => b.annualFdvuCost],
	['Kapasitet', (b) => b.capacity],
	['Kapasitetsenhet', (b) => (b.capacityUnit ? UNIT_LABEL[b.capacityUnit] : null)],
	['Brukere', (b) => b.users],
	['Øst (UTM32)', (b) => round(b.east)],
	['Nord (UTM32)', (b) => round(b.north)],
	['Geometri (EWKT)', (b) => b.ewkt],
	['Eksempeldata', (b) => (b.sample ? 'ja' : 'nei')],
	['Kilde', (b) => b.source]
];

/**
 * The register as one table with Norwegian headers the importer recognises. The geometry
 * column carries the footprint (or the position) exactly; east/north are for people.
 */
export function registerTable(buildings: readonly ExportBuilding[]): {
	headers: string[];
	rows: TableCell[][];
} {
	return {
		headers: COLUMNS.map(([header]) => header),
		rows: buildings.map((b) => COLUMNS.map(([, value]) => value(b)))
	};
}

const round = (metres: number) => Math.round(metres * 100) / 100;
