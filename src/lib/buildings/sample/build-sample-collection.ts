import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { toUtm32, toWgs84 } from '../../geometry/reproject';
import { assumeCrs } from '../../geometry/types';
import type {
	BuildingCategory,
	BuildingCollection,
	BuildingFeature,
	OldMunicipality
} from '../types';
import { BUILDING_CATEGORIES, OLD_MUNICIPALITIES } from '../types';
import type { MunicipalityArea } from './assign-municipality';
import { assignMunicipality } from './assign-municipality';
import { generatedBuildingNumber } from './building-number';
import type { LocatedSite } from './choose-invented';
import {
	chooseAnchor,
	createNamer,
	inventedVariant,
	nearAnchor,
	nearestPlaceName,
	townHallPosition
} from './choose-invented';
import { VARIANTS } from './distributions';
import { rectangleOfArea, rectanglePolygon } from './footprint';
import type { BuildingSeed } from './generate-attributes';
import { generateAttributes } from './generate-attributes';
import { ANCHOR_DISTANCE, INVENTED_COUNTS, TOWN_HALLS } from './invented-plan';
import type { TownHall } from './invented-plan';
import { createLayout } from './lay-out-footprints';
import { containsPoint, polygonsOf } from './planar-polygon';
import { createRandom } from './prng';
import { readKindergartens, readLibraries, readSchools } from './read-sources';

export interface SampleInputs {
	schools: FeatureCollection;
	kindergartens: FeatureCollection;
	libraries: FeatureCollection;
	/** Old municipality polygons (EPSG:4326) with a `kommunenummer` property. */
	municipalities: FeatureCollection;
	/** Land outline (EPSG:4326) the footprints must stay on; null to skip. */
	land: Polygon | MultiPolygon | null;
	/** Invented buildings per municipality and the town halls; the shipped plan by default. */
	counts?: typeof INVENTED_COUNTS;
	townHalls?: readonly TownHall[];
}

export interface SampleReport {
	counts: Record<OldMunicipality, Record<BuildingCategory, number>>;
	/** Real buildings outside all three polygons, given the nearest one. */
	assignedToNearest: { name: string; municipality: OldMunicipality; distance: number }[];
	/** Real buildings inside two overlapping polygons. */
	assignedInOverlap: { name: string; municipality: OldMunicipality }[];
	/** Real buildings whose polygon disagrees with the municipality the source states. */
	disagreeWithSource: { name: string; stated: OldMunicipality; assigned: OldMunicipality }[];
	/** Real buildings whose footprint was moved off the source position, metres. */
	moved: { name: string; shift: number }[];
	/** Footprints that could not be kept inside their municipality and on land. */
	outsideRules: string[];
}

export interface SampleResult {
	collection: BuildingCollection;
	report: SampleReport;
}

/** Layout rules: 6 m between buildings, search in 4 m steps up to 1.5 km. */
const LAYOUT = { gap: 6, step: 4, maxShift: 1500 };
const INVENTED_SOURCE =
	'Oppdiktet eksempelbygg: navn, posisjon og alle attributter er generert eksempeldata (Planbord)';

/**
 * Builds the sample building register: the real schools, kindergartens and libraries with
 * generated attributes, plus invented buildings to make a plausible portfolio. Pure and
 * deterministic: the same inputs give the same collection.
 * @example buildSampleCollection(inputs).collection.features.length
 */
export function buildSampleCollection(inputs: SampleInputs): SampleResult {
	const areas = readAreas(inputs.municipalities);
	const land = inputs.land ? polygonsOf(toUtm32(assumeCrs(inputs.land, 4326))) : null;
	const layout = createLayout({ areas, land, ...LAYOUT });
	const report = emptyReport();
	const sites = [
		...readSchools(inputs.schools),
		...readLibraries(inputs.libraries),
		...readKindergartens(inputs.kindergartens)
	];
	const placed: BuildingFeature[] = [];
	const located: LocatedSite[] = [];

	for (const site of sites) {
		const at = toUtm32(assumeCrs({ type: 'Point', coordinates: site.position }, 4326)).coordinates;
		const assigned = assignMunicipality(at[0]!, at[1]!, areas);
		const municipality = assigned.municipality;
		if (assigned.method === 'nearest') {
			report.assignedToNearest.push({ name: site.name, municipality, distance: assigned.distance });
		}
		if (assigned.method === 'overlap')
			report.assignedInOverlap.push({ name: site.name, municipality });
		if (site.statedMunicipality && site.statedMunicipality !== municipality) {
			report.disagreeWithSource.push({
				name: site.name,
				stated: site.statedMunicipality,
				assigned: municipality
			});
		}
		const seed: BuildingSeed = { ...site, municipality };
		const item = put(seed, at, false);
		if (item.shift > 0) report.moved.push({ name: site.name, shift: Math.round(item.shift) });
		located.push({ site, municipality, at });
	}

	for (const hall of inputs.townHalls ?? TOWN_HALLS) {
		const at = townHallPosition(hall, located);
		put(
			{
				buildingNumber: generatedBuildingNumber(hall.municipality, 'administration', 1),
				name: hall.name,
				address: null,
				municipality: hall.municipality,
				variant: 'town_hall',
				btaRange: hall.btaRange,
				tenure: 'owned',
				source: `Navn: reelt bygg; posisjon: ${hall.position.kind === 'position' ? 'adressepunkt (NBR), omtrentlig' : 'nær største skoleklynge, ikke byggets virkelige plassering'}; areal, tilstand, kostnader, byggeår og matrikkeldata: generert eksempeldata`
			},
			at,
			true
		);
	}

	const nameOf = createNamer();
	for (const municipality of OLD_MUNICIPALITIES) {
		const local = located.filter((l) => l.municipality === municipality);
		const pool = {
			local,
			schools: local.filter((l) => l.site.placeName !== null),
			usedForNursing: new Set<string>()
		};
		const fits = (x: number, y: number) =>
			areas.every((a) => containsPoint(a.polygons, x, y) === (a.number === municipality)) &&
			(land === null || containsPoint(land, x, y));
		for (const category of BUILDING_CATEGORIES) {
			const count = (inputs.counts ?? INVENTED_COUNTS)[municipality][category] ?? 0;
			// Administration sequence 1 is the town hall.
			for (let sequence = category === 'administration' ? 2 : 1; sequence <= count; sequence++) {
				const buildingNumber = generatedBuildingNumber(municipality, category, sequence);
				const plan = createRandom(`${buildingNumber}:plan`);
				const variant = inventedVariant(category, sequence, plan);
				const anchor = chooseAnchor(category, sequence, plan, pool);
				const wanted = nearAnchor(anchor.at, ANCHOR_DISTANCE[category], plan, fits);
				const seed: BuildingSeed = {
					buildingNumber,
					name: '',
					address: null,
					municipality,
					variant,
					source: INVENTED_SOURCE
				};
				const { feature, rectangle } = put(seed, wanted, true);
				const place = nearestPlaceName(rectangle.x, rectangle.y, pool.schools);
				feature.properties.name = nameOf(`Eksempel ${VARIANTS[variant].noun} ${place}`);
			}
		}
	}

	const features = placed.sort((a, b) =>
		a.properties.buildingNumber < b.properties.buildingNumber ? -1 : 1
	);
	for (const f of features) report.counts[f.properties.municipality][f.properties.category]++;
	assertUniqueNumbers(features);
	return { collection: { type: 'FeatureCollection', features }, report };

	function put(seed: BuildingSeed, at: Position, exclusive: boolean) {
		const generated = generateAttributes(seed);
		const { bta } = generated.attributes;
		const wanted = rectangleOfArea(
			at[0]!,
			at[1]!,
			(bta ?? 0) / generated.floors,
			generated.aspect,
			generated.angle
		);
		const startAngle = createRandom(`${seed.buildingNumber}:place`).uniform(0, 2 * Math.PI);
		const laid = layout.put(wanted, seed.municipality, startAngle, exclusive);
		if (!laid.insideRules) report.outsideRules.push(seed.name || seed.buildingNumber);
		const polygon = toWgs84(rectanglePolygon(laid.rectangle));
		const feature: BuildingFeature = {
			type: 'Feature',
			geometry: { type: 'Polygon', coordinates: polygon.coordinates.map((r) => r.map(round7)) },
			properties: generated.attributes
		};
		placed.push(feature);
		return { feature, rectangle: laid.rectangle, shift: laid.shift };
	}
}

function readAreas(collection: FeatureCollection): MunicipalityArea[] {
	return OLD_MUNICIPALITIES.map((number) => {
		const feature = collection.features.find((f) => f.properties?.kommunenummer === number);
		const geometry = feature?.geometry;
		if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
			throw new RangeError(`no polygon for municipality ${number}`);
		}
		return { number, polygons: polygonsOf(toUtm32(assumeCrs(geometry, 4326))) };
	});
}

function assertUniqueNumbers(features: readonly BuildingFeature[]): void {
	const seen = new Set<string>();
	for (const f of features) {
		const n = f.properties.buildingNumber;
		if (seen.has(n)) throw new RangeError(`building number ${n} is used twice`);
		seen.add(n);
	}
}

function emptyReport(): SampleReport {
	const counts = Object.fromEntries(
		OLD_MUNICIPALITIES.map((m) => [m, Object.fromEntries(BUILDING_CATEGORIES.map((c) => [c, 0]))])
	) as SampleReport['counts'];
	return {
		counts,
		assignedToNearest: [],
		assignedInOverlap: [],
		disagreeWithSource: [],
		moved: [],
		outsideRules: []
	};
}

/** RFC 7946 §11.2: seven decimals of a degree is about a centimetre. */
function round7(p: Position): Position {
	return p.map((v) => Math.round(v * 1e7) / 1e7);
}
