/**
 * Planbord's error tree. Domain code throws these with a machine-readable reason code
 * (English constants); the UI edge maps reasons to bokmål text in `$lib/i18n/nb`.
 */

export const ReasonUnknownCrs = 'unknown-crs';
export const ReasonCoordinatesOutsideCrs = 'coordinates-outside-crs';
export const ReasonInvalidGeometry = 'invalid-geometry';
export const ReasonUnsupportedGeometryType = 'unsupported-geometry-type';
export const ReasonMalformedGeoJson = 'malformed-geojson';
export const ReasonMalformedCsv = 'malformed-csv';
export const ReasonUnreadableSpreadsheet = 'unreadable-spreadsheet';
export const ReasonEmptyFile = 'empty-file';
export const ReasonFileTooLarge = 'file-too-large';
export const ReasonUnsupportedFileType = 'unsupported-file-type';
export const ReasonMissingPosition = 'missing-position';
export const ReasonImportHasErrors = 'import-has-errors';
export const ReasonOverlayFailed = 'overlay-failed';
export const ReasonDatabaseUnreachable = 'database-unreachable';
export const ReasonDatabaseAuthFailed = 'database-auth-failed';
export const ReasonDatabaseMissing = 'database-missing';
export const ReasonPostgisMissing = 'postgis-missing';
export const ReasonDataFolderUnreadable = 'data-folder-unreadable';
export const ReasonTileOutOfRange = 'tile-out-of-range';
export const ReasonUnknownLayer = 'unknown-layer';
export const ReasonMalformedSosi = 'malformed-sosi';
export const ReasonUnknownCharset = 'unknown-charset';
export const ReasonMissingCurve = 'missing-curve';
export const ReasonUnclosedRing = 'unclosed-ring';
export const ReasonMalformedGml = 'malformed-gml';
export const ReasonXmlDoctypeForbidden = 'xml-doctype-forbidden';
export const ReasonNotAPlan = 'not-a-plan';
export const ReasonMergeFailed = 'merge-failed';
export const ReasonUnknownMunicipality = 'unknown-municipality';
export const ReasonPlanNotFound = 'plan-not-found';
export const ReasonProposalNotFound = 'proposal-not-found';
export const ReasonVersionNotFound = 'version-not-found';
export const ReasonVersionConflict = 'version-conflict';
export const ReasonProposalHasProblems = 'proposal-has-problems';
export const ReasonProposalHasNoZones = 'proposal-has-no-zones';
export const ReasonInvalidZoneGeometry = 'invalid-zone-geometry';
export const ReasonDuplicateZone = 'duplicate-zone';
export const ReasonInvalidRequest = 'invalid-request';
export const ReasonMalformedGeoPackage = 'malformed-geopackage';
export const ReasonNoPolygonLayer = 'no-polygon-layer';
export const ReasonSeveralPolygonLayers = 'several-polygon-layers';
export const ReasonEmptyGeometry = 'empty-geometry';
export const ReasonZeroAreaPolygon = 'zero-area-polygon';

export type Reason =
	| typeof ReasonUnknownCrs
	| typeof ReasonCoordinatesOutsideCrs
	| typeof ReasonInvalidGeometry
	| typeof ReasonUnsupportedGeometryType
	| typeof ReasonMalformedGeoJson
	| typeof ReasonMalformedCsv
	| typeof ReasonUnreadableSpreadsheet
	| typeof ReasonEmptyFile
	| typeof ReasonFileTooLarge
	| typeof ReasonUnsupportedFileType
	| typeof ReasonMissingPosition
	| typeof ReasonImportHasErrors
	| typeof ReasonOverlayFailed
	| typeof ReasonDatabaseUnreachable
	| typeof ReasonDatabaseAuthFailed
	| typeof ReasonDatabaseMissing
	| typeof ReasonPostgisMissing
	| typeof ReasonDataFolderUnreadable
	| typeof ReasonTileOutOfRange
	| typeof ReasonUnknownLayer
	| typeof ReasonMalformedSosi
	| typeof ReasonUnknownCharset
	| typeof ReasonMissingCurve
	| typeof ReasonUnclosedRing
	| typeof ReasonMalformedGml
	| typeof ReasonXmlDoctypeForbidden
	| typeof ReasonNotAPlan
	| typeof ReasonMergeFailed
	| typeof ReasonUnknownMunicipality
	| typeof ReasonPlanNotFound
	| typeof ReasonProposalNotFound
	| typeof ReasonVersionNotFound
	| typeof ReasonVersionConflict
	| typeof ReasonProposalHasProblems
	| typeof ReasonProposalHasNoZones
	| typeof ReasonInvalidZoneGeometry
	| typeof ReasonDuplicateZone
	| typeof ReasonInvalidRequest
	| typeof ReasonMalformedGeoPackage
	| typeof ReasonNoPolygonLayer
	| typeof ReasonSeveralPolygonLayers
	| typeof ReasonEmptyGeometry
	| typeof ReasonZeroAreaPolygon;

/** Where in the input the problem is, so a user can find and fix it. */
export interface ErrorLocation {
	file?: string;
	/** 1-based line in a text file (SOSI, GML, CSV). */
	line?: number;
	feature?: string | number;
}

export class PlanbordError extends Error {
	readonly reason: Reason;
	readonly location: ErrorLocation;
	readonly detail: string;

	constructor(reason: Reason, detail: string, location: ErrorLocation = {}) {
		super(`${reason}: ${detail}${formatLocation(location)}`);
		this.name = new.target.name;
		this.reason = reason;
		this.detail = detail;
		this.location = location;
	}
}

export class ParseError extends PlanbordError {}
export class GeometryError extends PlanbordError {}
export class CrsError extends PlanbordError {}
/** The merge could not produce a result (not a conflict: conflicts are reported, not thrown). */
export class MergeError extends PlanbordError {}
export class DatabaseError extends PlanbordError {}
/** A zone proposal could not be read, saved or changed as asked; nothing was stored. */
export class ProposalError extends PlanbordError {}

function formatLocation({ file, line, feature }: ErrorLocation): string {
	const parts = [
		file && `file ${file}`,
		line !== undefined && `line ${line}`,
		feature !== undefined && `feature ${feature}`
	];
	const text = parts.filter(Boolean).join(', ');
	return text ? ` (${text})` : '';
}
