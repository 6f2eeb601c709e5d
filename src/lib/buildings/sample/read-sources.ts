import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { ParseError, ReasonMalformedGeoJson } from '../../errors';
import type { OldMunicipality } from '../types';
import { OLD_MUNICIPALITIES } from '../types';
import { kindergartenNumber, namedBuildingNumber } from './building-number';
import type { Variant } from './distributions';

/** A real building from the shared open data: name, position and what the source says. */
export interface RealSite {
	kind: 'school' | 'kindergarten' | 'library';
	buildingNumber: string;
	name: string;
	address: string | null;
	variant: Variant;
	/** Capacity from the source (kindergartens); omitted when the source has none to give. */
	capacity?: number | null;
	/** WGS 84 lon/lat as given by the source. */
	position: Position;
	/** The old municipality the source states, checked later against the polygons. */
	statedMunicipality: OldMunicipality | null;
	/** Place name for naming invented buildings; only municipal primary/lower-secondary schools. */
	placeName: string | null;
	source: string;
}

const GENERATED =
	'areal, tilstand, kostnader, byggeår, eierform og matrikkeldata: generert eksempeldata';
const PRIVATE_SCHOOL = /steiner|stiftelsen|montessori|international/i;
const SPECIAL_SCHOOL = /ressurssenter/i;
const GENERIC_WORDS =
	/^(skole|ungdomsskole|barneskole|og|i|ressurssenter|grunnskole\/videregående)$/i;
/** Source names that are map-marker ids rather than names. */
const RENAMED: Record<string, string> = {
	'Holmen (vgs-markør vgsHolmen)': 'Holmen skole (videregående)',
	'Nesbru videregående skole (vgsNesbru)': 'Nesbru videregående skole'
};

/**
 * Schools from `skoler_asker_geocoded.geojson` (Udir names, OSM-geocoded or hand-placed).
 * The title-cased generic words of the geocoding source are written in lower case again.
 */
export function readSchools(collection: FeatureCollection): RealSite[] {
	return points(collection, 'schools').map(({ feature, position }) => {
		const p = feature.properties ?? {};
		const rawName = text(p.name, 'name');
		const name = RENAMED[rawName] ?? normaliseSchoolName(rawName);
		const types = Array.isArray(p.school_type_from_source) ? p.school_type_from_source : [];
		const type = String(types[0] ?? '');
		const privateSchool = PRIVATE_SCHOOL.test(name);
		const variant: Variant =
			privateSchool || SPECIAL_SCHOOL.test(name)
				? 'small_school'
				: type === 'ungdomsskole'
					? 'lower_secondary_school'
					: type === 'videregående'
						? 'upper_secondary_school'
						: 'primary_school';
		const geocoded = /nominatim/i.test(String(p.source ?? ''));
		const where = geocoded
			? 'posisjon: geokodet, © OpenStreetMap-bidragsytere (ODbL)'
			: 'posisjon: håndplassert kartmarkør (buskfyb/norgesskoler), omtrentlig';
		return {
			kind: 'school',
			buildingNumber: namedBuildingNumber('school', name),
			name,
			address: null,
			variant,
			position,
			statedMunicipality: municipality(p.kommunenummer_2019_derived),
			placeName: privateSchool || type === 'videregående' ? null : placeNameOf(name),
			source: `Navn: Utdanningsdirektoratet (NLOD); ${where}; skoletype: kilden; kapasitet, elevtall, ${GENERATED}`
		};
	});
}

/** Kindergartens from the national register (NBR/Barnehagefakta): real capacity and address. */
export function readKindergartens(collection: FeatureCollection): RealSite[] {
	return points(collection, 'kindergartens').map(({ feature, position }) => {
		const p = feature.properties ?? {};
		const capacity = typeof p.capacity === 'number' ? p.capacity : null;
		const operator = typeof p.operator === 'string' ? p.operator : 'ukjent';
		const operatorType = p.operator_type === 'public' ? 'kommunal' : 'privat';
		return {
			kind: 'kindergarten',
			buildingNumber: kindergartenNumber(text(p.nsrid, 'nsrid')),
			name: text(p.name, 'name'),
			address: typeof p.address === 'string' ? p.address : null,
			variant: capacity === null ? 'open_kindergarten' : 'kindergarten',
			capacity,
			position,
			statedMunicipality: municipality(p.kommunenummer_2019),
			placeName: null,
			source: `Navn, adresse, posisjon, kapasitet: Utdanningsdirektoratet, Barnehagefakta/NBR (NLOD), ca. 2018; driver: ${operator} (${operatorType}); antall barn, ${GENERATED}`
		};
	});
}

/** The three main libraries (hand-placed markers, approximate). */
export function readLibraries(collection: FeatureCollection): RealSite[] {
	return points(collection, 'libraries').map(({ feature, position }) => {
		const p = feature.properties ?? {};
		const name = text(p.name, 'name');
		return {
			kind: 'library',
			buildingNumber: namedBuildingNumber('library', name),
			name,
			address: null,
			variant: 'library',
			position,
			statedMunicipality: municipality(p.kommunenummer_2019),
			placeName: null,
			source: `Navn og posisjon: håndplassert kartmarkør (buskfyb/norgesskoler), omtrentlig; ${GENERATED}`
		};
	});
}

/**
 * The place a school is named after: the words before "skole", "ungdomsskole" ….
 * @example placeNameOf('Heggedal skole') // 'Heggedal'
 */
export function placeNameOf(schoolName: string): string {
	const words = schoolName.split(/\s+/);
	const end = words.findIndex((w, i) => i > 0 && /skole$/i.test(w));
	return words.slice(0, end > 0 ? end : 1).join(' ');
}

function normaliseSchoolName(name: string): string {
	return name
		.split(/\s+/)
		.map((w, i) => (i > 0 && GENERIC_WORDS.test(w) ? w.toLowerCase() : w))
		.join(' ');
}

function points(
	collection: FeatureCollection,
	label: string
): { feature: Feature; position: Position }[] {
	return collection.features.map((feature, index) => {
		const geometry = feature.geometry;
		if (geometry?.type !== 'Point') {
			throw new ParseError(ReasonMalformedGeoJson, `${label}: feature ${index} is not a Point`);
		}
		return { feature, position: (geometry as Point).coordinates.slice(0, 2) };
	});
}

function text(value: unknown, key: string): string {
	if (typeof value !== 'string' || value.trim() === '') {
		throw new ParseError(ReasonMalformedGeoJson, `property "${key}" is missing`);
	}
	return value.trim();
}

function municipality(value: unknown): OldMunicipality | null {
	return OLD_MUNICIPALITIES.find((m) => m === value) ?? null;
}
