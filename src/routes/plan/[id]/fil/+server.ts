import { error } from '@sveltejs/kit';
import { PlanbordError, ReasonPlanNotFound } from '$lib/errors';
import { database } from '$lib/server/db';
import { exportPlan } from '$lib/server/plans/export-plan';
import { getPlan } from '$lib/server/plans/read-plans';
import { mergeReportJson, mergeReportMarkdown } from '$lib/server/plans/write-merge-report';
import type { RequestHandler } from './$types';

const PLAN_FORMATS = { sos: 'sosi', gml: 'gml', geojson: 'geojson' } as const;

/** Downloads of a plan: `?format=sos|gml|geojson` for the plan, `report-json|report-md` for its report. */
export const GET: RequestHandler = async ({ params, url }) => {
	const id = /^[1-9][0-9]{0,8}$/.test(params.id) ? Number(params.id) : NaN;
	const format = url.searchParams.get('format') ?? '';
	if (Number.isNaN(id)) error(404, 'Planen finnes ikke');
	if (!Object.hasOwn(PLAN_FORMATS, format) && format !== 'report-json' && format !== 'report-md') {
		error(400, 'Ukjent format: bruk format=sos, gml, geojson, report-json eller report-md');
	}
	const { db } = await database();
	try {
		if (format === 'report-json' || format === 'report-md') {
			const plan = await getPlan(db, id);
			const json = format === 'report-json';
			return download(
				json ? mergeReportJson(plan) : mergeReportMarkdown(plan),
				`${plan.planId}-rapport.${json ? 'json' : 'md'}`,
				json ? 'application/json; charset=utf-8' : 'text/markdown; charset=utf-8'
			);
		}
		const file = await exportPlan(db, id, PLAN_FORMATS[format as keyof typeof PLAN_FORMATS]);
		return download(file.body, file.fileName, file.contentType);
	} catch (cause) {
		if (cause instanceof PlanbordError && cause.reason === ReasonPlanNotFound) {
			error(404, 'Planen finnes ikke');
		}
		throw cause;
	}
};

function download(body: Uint8Array | string, fileName: string, contentType: string): Response {
	return new Response(body as BodyInit, {
		headers: {
			'content-type': contentType,
			'content-disposition': `attachment; filename="${fileName}"`
		}
	});
}
