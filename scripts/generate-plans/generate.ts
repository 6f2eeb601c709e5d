/**
 * Writes the sample kommuneplan arealdeler of Asker (NPAD GML), Røyken (SOSI 4.5,
 * ISO8859-10) and Hurum (GeoJSON in UTM 33, PBL 1985 codes) into geodata/plans/, with
 * defects.json listing every seeded and natural defect. Deterministic: running it again
 * gives byte-identical files. All logic is in src/lib/plans/sample (unit-tested); this
 * script reads the inputs, calls the writers, writes the files and prints the tables for
 * SOURCE.md.
 *
 *   npx tsx scripts/generate-plans/generate.ts
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { writeNpadGml } from '../../src/lib/formats/gml/write';
import { writePlanGeoJson } from '../../src/lib/formats/geojson/plan';
import { writeSosi } from '../../src/lib/formats/sosi/write';
import { toUtm32 } from '../../src/lib/geometry/reproject';
import { assumeCrs } from '../../src/lib/geometry/types';
import { buildSamplePlans, type SamplePlan } from '../../src/lib/plans/sample/build-sample-plans';
import { defectsDocument } from '../../src/lib/plans/sample/defects-document';
import { insertArcs } from '../../src/lib/plans/sample/insert-arcs';
import { reprojectSamplePlan } from '../../src/lib/plans/sample/reproject-sample-plan';
import { codeTable, countTable, defectTable } from '../../src/lib/plans/sample/summarise-plans';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'geodata/plans');
const read = (path: string): FeatureCollection =>
	JSON.parse(readFileSync(join(root, path), 'utf8')) as FeatureCollection;
const area = (collection: FeatureCollection, code: string) => {
	const feature = collection.features.find((f) => f.properties?.kommunenummer === code);
	if (!feature) throw new Error(`no ${code} in the boundary file`);
	return toUtm32(assumeCrs(feature.geometry as Polygon | MultiPolygon, 4326));
};

const old = read('geodata/municipalities/kommuner_2019_0220_0627_0628_csmaps.geojson');
const { plans, defects } = buildSamplePlans({
	boundaries: { '0220': area(old, '0220'), '0627': area(old, '0627'), '0628': area(old, '0628') },
	land: area(read('geodata/municipalities/kommune_3025_asker_2020_robhop.geojson'), '3025')
});

const written = plans.map((plan) => ({ plan, bytes: write(plan) }));
for (const { plan, bytes } of written) writeFileSync(join(out, plan.profile.file), bytes);
const defectsPath = join(out, 'defects.json');
const config = await prettier.resolveConfig(defectsPath);
const defectsText = await prettier.format(JSON.stringify(defectsDocument(defects)), {
	...config,
	filepath: defectsPath
});
writeFileSync(defectsPath, defectsText);

const lines = [
	...written.map(
		({ plan, bytes }) =>
			`wrote ${relative(root, join(out, plan.profile.file))}: ${bytes.length} bytes, EPSG:${plan.profile.writtenSrid}, ${plan.document.features.length} features`
	),
	`wrote ${relative(root, defectsPath)}: ${defects.length} defects`,
	'',
	countTable(plans.map((p) => ({ file: p.profile.file, document: p.document }))),
	'',
	...plans.flatMap((p) => [
		`${p.profile.municipality} ${p.profile.municipalityName}`,
		'',
		codeTable(p.document),
		''
	]),
	defectTable(defects)
];
process.stdout.write(`${lines.join('\n')}\n`);

function write({ profile, document, arcs }: SamplePlan): Uint8Array {
	const encode = (text: string) => new TextEncoder().encode(text);
	switch (profile.format) {
		case 'gml':
			return encode(writeNpadGml(document));
		case 'sosi':
			// Millimetres (ENHET 0.001) keep the shared border with Asker exact; FYBA reads it.
			// writeSosi writes straight lines only: the round island's two KURVEs (its ring and
			// its host's hole) are then replaced by shared .BUEP arcs, as in real files.
			return insertArcs(writeSosi(document, { charset: 'ISO8859-10', unit: 0.001 }), arcs, 0.001);
		case 'geojson':
			return encode(`${writePlanGeoJson(reprojectSamplePlan(document, profile.writtenSrid))}\n`);
	}
}
