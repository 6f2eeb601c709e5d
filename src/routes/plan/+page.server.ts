import { fail, redirect } from '@sveltejs/kit';
import { PlanbordError } from '$lib/errors';
import { describeError } from '$lib/i18n/nb';
import { database } from '$lib/server/db';
import { importPlans } from '$lib/server/plans/import-plans';
import { listPlans } from '$lib/server/plans/read-plans';
import { runMerge } from '$lib/server/plans/run-merge';
import { readTerritories } from '$lib/server/plans/read-territories';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { db } = await database();
	const territories = await readTerritories(db);
	return {
		plans: await listPlans(db),
		municipalities: territories.old.map(({ number, name }) => ({ number, name }))
	};
};

/** A PlanbordError becomes a 400 with the bokmål message; anything else is a bug (500). */
function refused(error: unknown, action: 'import' | 'merge') {
	if (error instanceof PlanbordError) return fail(400, { action, message: describeError(error) });
	throw error;
}

/** A form number: empty means "use the default", anything else must be a number ≥ 0. */
function optionalNumber(value: FormDataEntryValue | null): number | undefined | null {
	const text = String(value ?? '')
		.trim()
		.replace(',', '.');
	if (text === '') return undefined;
	const number = Number(text);
	return Number.isFinite(number) && number >= 0 ? number : null;
}

export const actions: Actions = {
	import: async ({ request }) => {
		const form = await request.formData();
		const files = form.getAll('files').filter((f): f is File => f instanceof File && f.size > 0);
		if (files.length === 0) {
			return fail(400, {
				action: 'import',
				message: 'Velg én eller flere planfiler (SOSI, GML eller GeoJSON).'
			});
		}
		const municipality = String(form.get('municipality') ?? '') || undefined;
		const uploads = await Promise.all(
			files.map(async (file) => ({
				fileName: file.name,
				bytes: new Uint8Array(await file.arrayBuffer()),
				municipality: files.length === 1 ? municipality : undefined
			}))
		);
		const { db } = await database();
		try {
			return { action: 'import', imported: await importPlans(db, uploads) };
		} catch (error) {
			return refused(error, 'import');
		}
	},
	merge: async ({ request }) => {
		const form = await request.formData();
		const planIds = form
			.getAll('plan')
			.map((v) => Number(v))
			.filter((v) => Number.isInteger(v) && v > 0);
		const sliverWidth = optionalNumber(form.get('sliverWidth'));
		const minArea = optionalNumber(form.get('minArea'));
		if (sliverWidth === null || minArea === null) {
			return fail(400, { action: 'merge', message: 'Bredde og areal må være tall ≥ 0.' });
		}
		const { db } = await database();
		let id: number;
		try {
			({ id } = await runMerge(db, { planIds, sliverWidth, minArea }));
		} catch (error) {
			return refused(error, 'merge');
		}
		redirect(303, `/plan/${id}`);
	}
};
