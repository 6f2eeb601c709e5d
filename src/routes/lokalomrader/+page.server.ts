import { fail } from '@sveltejs/kit';
import { PlanbordError, ReasonProposalNotFound } from '$lib/errors';
import { reasonText } from '$lib/i18n/nb';
import { database } from '$lib/server/db';
import { createProposal } from '$lib/server/zones/create-proposal';
import { listProposals } from '$lib/server/zones/read-proposals';
import { updateProposal } from '$lib/server/zones/update-proposal';
import { MAX_ZONE_FILE_BYTES, readZonesFile } from '$lib/formats/zones/read-zones-file';
import { describeImportNote } from '$lib/i18n/zones';
import { CopyForm, CreateForm, ImportForm, readForm, UpdateForm } from './form-schemas';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { db } = await database();
	return { proposals: await listProposals(db) };
};

/** A refusal the planner can read; anything else is a bug and goes to the error page. */
function refused(action: string, cause: unknown, fileName?: string) {
	if (cause instanceof PlanbordError) {
		const where = cause.location.feature ?? fileName;
		const place = where !== undefined ? ` (${where})` : '';
		const status = cause.reason === ReasonProposalNotFound ? 404 : 422;
		return fail(status, { action, message: `${reasonText(cause.reason)}${place}.` });
	}
	throw cause;
}

export const actions: Actions = {
	create: async ({ request }) => {
		const form = readForm(CreateForm, await request.formData());
		if (!form.ok) return fail(400, { action: 'create', message: form.message });
		const { db } = await database();
		try {
			const created = await createProposal(db, form.value);
			return { action: 'create', created: created.id };
		} catch (cause) {
			return refused('create', cause);
		}
	},
	copy: async ({ request }) => {
		const form = readForm(CopyForm, await request.formData());
		if (!form.ok) return fail(400, { action: 'copy', message: form.message });
		const { id } = form.value;
		const { db } = await database();
		try {
			const source = (await listProposals(db)).find((p) => p.id === id);
			const created = await createProposal(db, {
				name: `Kopi av ${source?.name ?? id}`,
				description: source?.description ?? '',
				copyFrom: id
			});
			return { action: 'copy', created: created.id };
		} catch (cause) {
			return refused('copy', cause);
		}
	},
	/** A file of zones becomes a new draft proposal, or nothing at all. */
	import: async ({ request }) => {
		const data = await request.formData();
		const file = data.get('file');
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, { action: 'import', message: 'Velg en GeoJSON- eller GeoPackage-fil.' });
		}
		if (file.size > MAX_ZONE_FILE_BYTES) {
			const mb = Math.round(MAX_ZONE_FILE_BYTES / 1024 / 1024);
			return fail(413, { action: 'import', message: `Filen er større enn ${mb} MB.` });
		}
		const form = readForm(ImportForm, data);
		if (!form.ok) return fail(400, { action: 'import', message: form.message });
		const { db } = await database();
		try {
			const read = await readZonesFile(new Uint8Array(await file.arrayBuffer()), file.name);
			const created = await createProposal(db, {
				name: form.value.name || file.name.replace(/\.[^.]+$/, ''),
				description: `Importert fra ${file.name}`,
				zones: read.zones,
				note: `Importert fra ${file.name}`
			});
			return {
				action: 'import',
				created: created.id,
				notes: read.notes.map(describeImportNote)
			};
		} catch (cause) {
			return refused('import', cause, file.name);
		}
	},
	update: async ({ request }) => {
		const form = readForm(UpdateForm, await request.formData());
		if (!form.ok) return fail(400, { action: 'update', message: form.message });
		const { id, ...changes } = form.value;
		const { db } = await database();
		try {
			await updateProposal(db, id, changes);
			return { action: 'update', updated: id };
		} catch (cause) {
			return refused('update', cause);
		}
	}
};
