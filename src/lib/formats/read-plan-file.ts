import {
	ParseError,
	ReasonEmptyFile,
	ReasonFileTooLarge,
	ReasonUnsupportedFileType
} from '../errors';
import type { PlanReadResult } from '../plans/types';
import { parsePlanGeoJson } from './geojson/plan';
import { parseNpadGml } from './gml/parse';
import { parseSosi } from './sosi/parse';

/** The plan formats Planbord reads and writes. */
export type PlanFormat = 'sosi' | 'gml' | 'geojson';

/**
 * Large enough for a whole municipality's arealdel (Asker's SOSI files are a few MB; a
 * national copy is not uploaded through here), small enough that a runaway upload is
 * refused before it is read. Callers may pass their own limit.
 */
export const MAX_PLAN_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Which reader a file needs: by extension first, then by its first bytes (`.HODE` starts
 * every SOSI file, `<` an XML document, `{` JSON), so a `.txt` export still opens.
 * @example detectPlanFormat(bytes, 'kpa.sos') // 'sosi'
 */
export function detectPlanFormat(bytes: Uint8Array, fileName: string): PlanFormat {
	const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
	if (extension === 'sos' || extension === 'sosi') return 'sosi';
	if (extension === 'gml' || extension === 'xml') return 'gml';
	if (extension === 'geojson' || extension === 'json') return 'geojson';
	// UTF-8 decoding drops a byte-order mark; the markers sought are ASCII in every charset.
	const first = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart();
	if (first.startsWith('.HODE')) return 'sosi';
	if (first.startsWith('<')) return 'gml';
	if (first.startsWith('{')) return 'geojson';
	throw new ParseError(
		ReasonUnsupportedFileType,
		`cannot tell the format of .${extension || '(no extension)'}; expected SOSI (.sos), NPAD GML (.gml) or GeoJSON`,
		{ file: fileName }
	);
}

/**
 * Reads a plan file of any supported format into the plan model, in the file's own CRS.
 * Empty and oversized files are refused before parsing.
 * @example readPlanFile(bytes, 'royken.sos').features.length
 */
export function readPlanFile(
	bytes: Uint8Array,
	fileName: string,
	maxBytes = MAX_PLAN_FILE_BYTES
): PlanReadResult {
	if (bytes.length === 0) {
		throw new ParseError(ReasonEmptyFile, 'the file has no content', { file: fileName });
	}
	if (bytes.length > maxBytes) {
		throw new ParseError(ReasonFileTooLarge, `${bytes.length} bytes; the limit is ${maxBytes}`, {
			file: fileName
		});
	}
	const format = detectPlanFormat(bytes, fileName);
	if (format === 'sosi') return parseSosi(bytes, { fileName });
	if (format === 'gml') return parseNpadGml(bytes, { fileName });
	return parsePlanGeoJson(new TextDecoder().decode(bytes), { fileName });
}
