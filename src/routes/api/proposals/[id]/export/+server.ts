import { error } from '@sveltejs/kit';
import { writeZonesGeoJson } from '$lib/formats/zones/write-zones-geojson';
import { writeZonesGeoPackage } from '$lib/formats/zones/write-zones-geopackage';
import { database } from '$lib/server/db';
import { proposalErrorResponse } from '$lib/server/zones/error-response';
import { parseIdParam } from '$lib/server/zones/parse-requests';
import { getProposal } from '$lib/server/zones/read-proposals';
import type { RequestHandler } from './$types';

/** What a download can be: GeoJSON in the storage CRS or in WGS 84, or a GeoPackage. */
const FORMATS = {
	geojson: { extension: 'geojson', type: 'application/geo+json' },
	'geojson-wgs84': { extension: 'geojson', type: 'application/geo+json' },
	gpkg: { extension: 'gpkg', type: 'application/geopackage+sqlite3' }
} as const;

/** `?format=geojson|geojson-wgs84|gpkg&version=N`: a proposal's zones as a file. */
export const GET: RequestHandler = async ({ params, url }) => {
	const format = url.searchParams.get('format') ?? 'geojson';
	if (!(format in FORMATS))
		error(400, `Ukjent format «${format}»: bruk geojson, geojson-wgs84 eller gpkg`);
	const { extension, type } = FORMATS[format as keyof typeof FORMATS];
	try {
		const id = parseIdParam(params.id, 'id');
		const raw = url.searchParams.get('version');
		const version = raw === null ? undefined : parseIdParam(raw, 'version');
		const { db } = await database();
		const document = await getProposal(db, id, version);
		const body =
			format === 'gpkg'
				? await writeZonesGeoPackage(document.zones)
				: writeZonesGeoJson(document.zones, { crs: format === 'geojson' ? 25832 : 4326 });
		const name = `lokalomrader-${id}-v${document.version}.${extension}`;
		return new Response(body as BodyInit, {
			headers: { 'content-type': type, 'content-disposition': `attachment; filename="${name}"` }
		});
	} catch (cause) {
		return proposalErrorResponse(cause);
	}
};
