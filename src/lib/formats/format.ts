import type { Feature, Geometry } from 'geojson';

/** Something a reader noticed and the user must see, even though reading went on. */
export interface ParseNote {
	code: string;
	feature?: string | number;
	detail: string;
}

/** What every format reader returns: features in the file's own CRS, that CRS, and notes. */
export interface ParseResult<G extends Geometry = Geometry> {
	features: Feature<G>[];
	srid: number;
	notes: ParseNote[];
}
