import type { Geometry } from 'geojson';
import { CrsError, ParseError, ReasonMalformedGeoJson, ReasonUnknownCrs } from '../../errors';
import { isSupportedSrid, parseCrsName, WGS84_SRID } from '../../geometry/crs';
import type { RawZoneFeature, RawZoneFile } from './types';

/**
 * Reads the features of a GeoJSON FeatureCollection (or a single Feature) without judging
 * their geometry: buildZones does that for every format alike. The CRS is the legacy `crs`
 * member when present (`{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}}`
 * as GDAL and Norwegian tools still write, or the 2008 draft's `{"type":"EPSG",
 * "properties":{"code":25832}}`), else WGS 84 as RFC 7946 §4 prescribes.
 * @example readZonesGeoJson(text, 'soner.geojson').srid // 4326
 */
export function readZonesGeoJson(text: string, fileName: string): RawZoneFile {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (cause) {
		throw new ParseError(ReasonMalformedGeoJson, `not JSON: ${(cause as Error).message}`, {
			file: fileName
		});
	}
	const top = isRecord(data) ? data : {};
	const items =
		top.type === 'FeatureCollection' && Array.isArray(top.features)
			? (top.features as unknown[])
			: top.type === 'Feature'
				? [top]
				: null;
	if (!items) {
		throw new ParseError(ReasonMalformedGeoJson, 'expected a FeatureCollection or a Feature', {
			file: fileName
		});
	}
	const features = items.map((item, index): RawZoneFeature => {
		if (!isRecord(item) || item.type !== 'Feature') {
			throw new ParseError(ReasonMalformedGeoJson, 'not a Feature', {
				file: fileName,
				feature: `#${index + 1}`
			});
		}
		return {
			properties: isRecord(item.properties) ? item.properties : {},
			featureId: item.id,
			geometry: (item.geometry ?? null) as Geometry | null
		};
	});
	return { features, srid: readCrs(top.crs, fileName), droppedDimensions: false };
}

function readCrs(crs: unknown, fileName: string): number {
	if (crs === undefined || crs === null) return WGS84_SRID;
	const properties = isRecord(crs) && isRecord(crs.properties) ? crs.properties : {};
	if (typeof properties.code === 'number' || typeof properties.code === 'string') {
		const srid = Number(properties.code);
		if (isSupportedSrid(srid)) return srid;
		throw new CrsError(ReasonUnknownCrs, `EPSG:${properties.code} is not supported`, {
			file: fileName
		});
	}
	try {
		const name = properties.name ?? crs;
		return parseCrsName(name === properties.name ? crsText(name) : jsonText(name));
	} catch (error) {
		if (error instanceof CrsError)
			throw new CrsError(error.reason, error.detail, { file: fileName });
		throw error;
	}
}

/**
 * Text for an error message. Not String() of an object (it throws when `toString` is not a
 * function) and not bare JSON.stringify (it overflows the stack on deep nesting).
 */
function crsText(value: unknown): string {
	return typeof value === 'object' && value !== null ? jsonText(value) : String(value);
}

function jsonText(value: unknown): string {
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return '(unreadable)';
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
