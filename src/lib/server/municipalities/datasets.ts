import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** geodata/municipalities/datasets.json: which file holds what, with source and licence. */
export interface MunicipalityDatasets {
	old: {
		file: string;
		numbers: string[];
		validFrom: string;
		validTo: string;
		source: string;
		licence: string;
	};
	new: {
		number: string;
		name: string;
		validFrom: string;
		validTo: string | null;
		reference: { file: string; number: string; source: string };
	}[];
	licence: string;
}

export function readDatasets(folder: string): MunicipalityDatasets {
	return JSON.parse(readFileSync(join(folder, 'datasets.json'), 'utf8')) as MunicipalityDatasets;
}
