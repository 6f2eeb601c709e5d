import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { database } from '$lib/server/db';
import { createShareLink } from '$lib/server/auth/share-links';
import type { Actions } from './$types';

export { load } from '../+page.server';

const ShareForm = v.object(
	{
		title: v.pipe(v.string(), v.trim(), v.minLength(1, 'Gi lenken en tittel.'), v.maxLength(200)),
		proposal: v.optional(v.pipe(v.string(), v.digits(), v.toNumber())),
		view: v.optional(v.pipe(v.string(), v.maxLength(4000)), '')
	},
	'Gi lenken en tittel.'
);

export const actions: Actions = {
	/** Publishes the map as shown (view and proposal) as a read-only link for politicians. */
	share: async ({ request, locals, url }) => {
		const form = v.safeParse(ShareForm, Object.fromEntries(await request.formData()));
		if (!form.success) return fail(400, { shareMessage: form.issues[0].message });
		const view = new URLSearchParams(form.output.view);
		view.delete('p');
		const { token } = await createShareLink((await database()).db, {
			title: form.output.title,
			proposalId: form.output.proposal ?? null,
			view: view.toString(),
			createdBy: locals.user!.id
		});
		return { shareUrl: `${url.origin}/delt/${token}` };
	}
};
