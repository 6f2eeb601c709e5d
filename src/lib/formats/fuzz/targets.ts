import fc from 'fast-check';
import type { PlanReadResult } from '../../plans/types';
import { parsePlanGeoJson } from '../geojson/plan';
import { parseNpadGml } from '../gml/parse';
import { readPlanFile } from '../read-plan-file';
import { parseSosi } from '../sosi/parse';
import { readZonesFile } from '../zones/read-zones-file';
import type { ZoneImport } from '../zones/types';
import { runCase, type Outcome } from './check-outcome';
import { fuzzCase, mutatedCases, randomCases, type FuzzCase, type SeedFile } from './fuzz-case';
import { GML_ALPHABET, structuredGml } from './gml-inputs';
import { JSON_ALPHABET, structuredGeoJson } from './json-inputs';
import { SOSI_ALPHABET, structuredSosi } from './sosi-inputs';

/*
 * Test support: the fuzz properties, one target per reader, shared by the *.fuzz.test.ts
 * files (few runs, fixed seed) and bench/fuzz.bench.ts (many runs, random seed). Seeds are
 * passed in because the tests read files through Vite imports and the bench through node:fs.
 */

/** A reader under fuzz: the inputs to try (by generator) and how to run one. */
export interface FuzzTarget<I = FuzzCase> {
	name: string;
	generators: { name: string; inputs: fc.Arbitrary<I> }[];
	run(input: I): Promise<Outcome>;
}

/** The generator mix every file reader gets: random, structure-aware, mutated seeds. */
function generators(
	fileNames: string[],
	alphabet: string,
	structured: fc.Arbitrary<FuzzCase>,
	seeds: readonly SeedFile[]
): FuzzTarget['generators'] {
	return [
		{ name: 'random', inputs: randomCases(fileNames, alphabet) },
		{ name: 'structured', inputs: structured },
		{ name: 'mutated', inputs: mutatedCases(seeds) }
	];
}

/** Data from a plan reader must at least be features in a CRS. */
function checkPlan(result: PlanReadResult): void {
	if (!Array.isArray(result.features) || !Number.isInteger(result.srid)) {
		throw new Error('a plan without features or srid');
	}
}

/**
 * parseSosi on random bytes, structure-aware SOSI and mutated SOSI files.
 * @example sosiTarget([{ name: 'kpa.sos', bytes }]).generators.length // 3
 */
export function sosiTarget(seeds: readonly SeedFile[]): FuzzTarget {
	return {
		name: 'SOSI parseSosi',
		generators: generators(['x.sos'], SOSI_ALPHABET, structuredSosi, seeds),
		run: (c) => runCase(() => parseSosi(c.bytes, { fileName: c.fileName }), checkPlan)
	};
}

/**
 * parseNpadGml on random bytes, structure-aware GML (with entity bombs) and mutated files.
 * @example gmlTarget([{ name: 'kpa.gml', bytes }]).name
 */
export function gmlTarget(seeds: readonly SeedFile[]): FuzzTarget {
	return {
		name: 'GML parseNpadGml',
		generators: generators(['x.gml'], GML_ALPHABET, structuredGml, seeds),
		run: (c) => runCase(() => parseNpadGml(c.bytes, { fileName: c.fileName }), checkPlan)
	};
}

/**
 * parsePlanGeoJson (and so parseGeoJson) on random text, structure-aware GeoJSON and
 * mutated files. The reader takes text, as the upload route decodes it.
 * @example geoJsonTarget([{ name: 'kpa.geojson', bytes }]).name
 */
export function geoJsonTarget(seeds: readonly SeedFile[]): FuzzTarget {
	return {
		name: 'GeoJSON parsePlanGeoJson',
		generators: generators(['x.geojson'], JSON_ALPHABET, structuredGeoJson('x.geojson'), seeds),
		run: (c) =>
			runCase(
				() => parsePlanGeoJson(new TextDecoder().decode(c.bytes), { fileName: c.fileName }),
				checkPlan
			)
	};
}

/**
 * readPlanFile: every plan format under names that make it sniff the format (and names
 * that mislead it), so detection and the readers are fuzzed together.
 * @example readPlanFileTarget(seeds).name
 */
export function readPlanFileTarget(seeds: readonly SeedFile[]): FuzzTarget {
	const names = ['plan.sos', 'plan.gml', 'plan.geojson', 'plan.txt', 'plan', 'plan.zip'];
	const rename = (inputs: fc.Arbitrary<FuzzCase>) =>
		fc
			.tuple(inputs, fc.constantFrom(...names))
			.map(([c, name]) => fuzzCase(name, c.bytes, `${c.how} as ${name}`));
	return {
		name: 'Plan readPlanFile',
		generators: [
			{ name: 'random', inputs: rename(randomCases(names, SOSI_ALPHABET + GML_ALPHABET)) },
			{
				name: 'structured',
				inputs: rename(fc.oneof(structuredSosi, structuredGml, structuredGeoJson('x')))
			},
			{ name: 'mutated', inputs: rename(mutatedCases(seeds)) }
		],
		run: (c) => runCase(() => readPlanFile(c.bytes, c.fileName), checkPlan)
	};
}

/**
 * readZonesFile on GeoJSON and GeoPackage: random bytes, structure-aware GeoJSON, and
 * mutated seeds (pass a written GeoPackage among them; sql.js then reads broken SQLite).
 * @example zonesTarget(seeds).name
 */
export function zonesTarget(seeds: readonly SeedFile[]): FuzzTarget {
	return {
		name: 'Zones readZonesFile',
		generators: generators(
			['x.geojson', 'x.gpkg', 'x.json', 'x'],
			JSON_ALPHABET,
			structuredGeoJson('zones.geojson'),
			seeds
		),
		run: (c) =>
			runCase(
				() => readZonesFile(c.bytes, c.fileName),
				(result: ZoneImport) => {
					if (!Array.isArray(result.zones)) throw new Error('zones is not an array');
				}
			)
	};
}
