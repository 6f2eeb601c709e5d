import { readFileSync } from 'node:fs';
import { ParseError, ReasonMalformedGeoJson } from '$lib/errors';
import { parseGeoJson } from '$lib/formats/geojson/parse';
import { toBuildingRecord } from '$lib/buildings/to-record';
import type { BuildingFeature } from '$lib/buildings/types';
import type { Tx } from '../db/transaction';
import { saveBuildings, type SaveReport } from './save-buildings';

/**
 * Loads the shipped sample register (geodata/buildings). Buildings already in the register
 * are kept as they are: the seed adds what is missing and never undoes the team's edits.
 */
export async function seedBuildings(tx: Tx, file: string): Promise<SaveReport> {
	const fileName = file.split('/').pop() ?? file;
	const { features, srid } = parseGeoJson(readFileSync(file, 'utf8'), { fileName });
	const records = features.map((feature, i) => {
		const number = (feature.properties as { buildingNumber?: unknown } | null)?.buildingNumber;
		if (typeof number !== 'string') {
			throw new ParseError(ReasonMalformedGeoJson, 'no buildingNumber', {
				file: fileName,
				feature: i
			});
		}
		return toBuildingRecord(feature as BuildingFeature, srid);
	});
	return saveBuildings(tx, records, { keepExisting: true });
}
