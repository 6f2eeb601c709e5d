import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { toUtm32 } from '../../geometry/reproject';
import { assumeCrs } from '../../geometry/types';
import boundaries2019 from '../../../../geodata/municipalities/kommuner_2019_0220_0627_0628_csmaps.geojson?raw';
import boundaries2020 from '../../../../geodata/municipalities/kommune_3025_asker_2020_robhop.geojson?raw';
import { buildSamplePlans, type SampleInputs } from './build-sample-plans';

/*
 * Test helpers: the generator's real inputs, read through Vite imports (`?raw` text) so the
 * framework-free folder needs no node:fs, and the plans built from them once per test file.
 */

function areaOf(text: string, code: string) {
	const collection = JSON.parse(text) as FeatureCollection;
	const feature = collection.features.find((f) => f.properties?.kommunenummer === code);
	if (!feature) throw new Error(`no ${code}`);
	return toUtm32(assumeCrs(feature.geometry as Polygon | MultiPolygon, 4326));
}

/** The inputs the generator script reads, in EPSG:25832. */
export function sampleInputs(): SampleInputs {
	return {
		boundaries: {
			'0220': areaOf(boundaries2019, '0220'),
			'0627': areaOf(boundaries2019, '0627'),
			'0628': areaOf(boundaries2019, '0628')
		},
		land: areaOf(boundaries2020, '3025')
	};
}

let built: ReturnType<typeof buildSamplePlans> | undefined;

/** The generated plans and defects (built once: it takes a few seconds). Do not mutate. */
export function generatedSample(): ReturnType<typeof buildSamplePlans> {
	built ??= buildSamplePlans(sampleInputs());
	return built;
}

/**
 * The bytes of a file imported as `…?url&inline` (a base64 data URL), exact even for
 * ISO 8859-10 text.
 * @example inlineBytes(royken).length
 */
export function inlineBytes(dataUrl: string): Uint8Array {
	const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
	return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}
