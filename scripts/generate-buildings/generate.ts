/**
 * Writes geodata/buildings/buildings.geojson: the real schools, kindergartens and libraries
 * with generated attributes, plus invented sample buildings. Deterministic: running it again
 * gives a byte-identical file. All logic is in src/lib/buildings/sample (unit-tested); this
 * script only reads the inputs, writes the output and prints the tables for SOURCE.md.
 *
 *   npx tsx scripts/generate-buildings/generate.ts
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planarArea } from '../../src/lib/geometry/area';
import { toUtm32 } from '../../src/lib/geometry/reproject';
import { assumeCrs } from '../../src/lib/geometry/types';
import { buildSampleCollection } from '../../src/lib/buildings/sample/build-sample-collection';
import { formatCollection } from '../../src/lib/buildings/sample/format-collection';
import { countTable, portfolioFigures } from '../../src/lib/buildings/sample/summarise-collection';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (path: string): FeatureCollection =>
	JSON.parse(readFileSync(join(root, path), 'utf8')) as FeatureCollection;

const newAsker = read(
	'geodata/municipalities/kommune_3025_asker_2020_robhop.geojson'
).features.find((f) => f.properties?.kommunenummer === '3025');
const { collection, report } = buildSampleCollection({
	schools: read('geodata/buildings/input/skoler_asker_geocoded.geojson'),
	kindergartens: read('geodata/buildings/input/barnehager_nbr_0220_0627_0628.geojson'),
	libraries: read('geodata/buildings/input/bibliotek_0220_0627_0628.geojson'),
	municipalities: read('geodata/municipalities/kommuner_2019_0220_0627_0628_csmaps.geojson'),
	land: (newAsker?.geometry as Polygon | MultiPolygon | undefined) ?? null
});

const out = join(root, 'geodata/buildings/buildings.geojson');
const text = formatCollection(collection);
writeFileSync(out, text);

// Floors are not stored, so they are recovered as BTA ÷ footprint rounded to a whole number;
// what remains is the effect of rounding the corners to 7 decimals (about 1 cm).
const footprints = collection.features.map((f) =>
	planarArea(toUtm32(assumeCrs(f.geometry as Polygon, 4326)))
);
const areaError = Math.max(
	...collection.features.map((f, i) => {
		const ratio = (f.properties.bta ?? 0) / footprints[i]!;
		return Math.abs(ratio / Math.round(ratio) - 1);
	})
);
/** Population 1.1.2019 (SSB table 07459), for m² per inhabitant. */
const POPULATION = 61_523 + 22_635 + 9_521;
const PURPOSE_BUILT = new Set([
	'school',
	'kindergarten',
	'nursing_home',
	'health',
	'administration',
	'culture',
	'sport'
]);
const purposeBuiltBta = collection.features
	.filter((f) => PURPOSE_BUILT.has(f.properties.category))
	.reduce((sum, f) => sum + (f.properties.bta ?? 0), 0);
const figures = portfolioFigures(collection);
const lines = [
	`wrote ${relative(root, out)}: ${collection.features.length} buildings, ${Buffer.byteLength(text)} bytes`,
	'',
	countTable(collection),
	'',
	`BTA total ${figures.bta} m²; leased ${(figures.leasedShare * 100).toFixed(1)} %; backlog ${Math.round(figures.backlogPerM2)} NOK/m² (owned, surveyed)`,
	`grades TG0 ${figures.grades[0]}, TG1 ${figures.grades[1]}, TG2 ${figures.grades[2]}, TG3 ${figures.grades[3]}, unknown ${figures.grades.unknown}; under 60 % used: ${figures.underUsed}`,
	`formålsbygg (school … sport) ${purposeBuiltBta} m² = ${(purposeBuiltBta / POPULATION).toFixed(2)} m² per inhabitant (1.1.2019)`,
	`footprints ${Math.round(Math.min(...footprints))}–${Math.round(Math.max(...footprints))} m²; area vs BTA ÷ floors after rounding: max ${(areaError * 100).toFixed(2)} %`,
	`real buildings outside all three polygons (nearest used): ${report.assignedToNearest.length}${list(report.assignedToNearest.map((r) => `${r.name} → ${r.municipality}, ${Math.round(r.distance)} m`))}`,
	`real buildings in two overlapping polygons: ${report.assignedInOverlap.length}${list(report.assignedInOverlap.map((r) => `${r.name} → ${r.municipality}`))}`,
	`polygon disagrees with the source's municipality: ${report.disagreeWithSource.length}${list(report.disagreeWithSource.map((r) => `${r.name}: ${r.stated} → ${r.assigned}`))}`,
	`real footprints moved off the source point: ${report.moved.length}${list(report.moved.map((m) => `${m.name} ${m.shift} m`))}`,
	`footprints not kept inside municipality and land: ${report.outsideRules.length}${list(report.outsideRules)}`
];
process.stdout.write(`${lines.join('\n')}\n`);

function list(items: string[]): string {
	return items.length > 0 ? ` (${items.join('; ')})` : '';
}
