import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import {
	exportEfficiencyReport,
	exportRegister,
	exportRegisterGeoJson
} from '$lib/server/buildings/export-register';
import type { RequestHandler } from './$types';

const CONTENT_TYPE = {
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	csv: 'text/csv; charset=utf-8',
	geojson: 'application/geo+json; charset=utf-8'
} as const;

/** `?hva=register|rapport&format=xlsx|csv|geojson`: a download named after its content and date. */
export const GET: RequestHandler = async ({ url }) => {
	const what = url.searchParams.get('hva') ?? 'register';
	const format = url.searchParams.get('format') ?? 'xlsx';
	if (what !== 'register' && what !== 'rapport') error(400, 'hva må være register eller rapport');
	if (format !== 'xlsx' && format !== 'csv' && format !== 'geojson') {
		error(400, 'format må være xlsx, csv eller geojson');
	}
	if (what === 'rapport' && format === 'geojson') error(400, 'Rapporten finnes som xlsx eller csv');
	const { db } = await database();
	const body =
		format === 'geojson'
			? await exportRegisterGeoJson(db)
			: what === 'register'
				? await exportRegister(db, format)
				: await exportEfficiencyReport(db, format);
	const name = `${what === 'register' ? 'byggregister' : 'arealeffektivitet'}-${new Date().toISOString().slice(0, 10)}.${format}`;
	return new Response(body as BodyInit, {
		headers: {
			'content-type': CONTENT_TYPE[format],
			'content-disposition': `attachment; filename="${name}"`
		}
	});
};
