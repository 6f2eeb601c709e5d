import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { database } from '$lib/server/db';
import { listShareLinks, revokeShareLink } from '$lib/server/auth/share-links';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	links: await listShareLinks((await database()).db)
});

const RevokeForm = v.object({ id: v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(1)) });

export const actions: Actions = {
	revoke: async ({ request }) => {
		const form = v.safeParse(RevokeForm, Object.fromEntries(await request.formData()));
		if (!form.success) return fail(400, { message: 'Ukjent lenke.' });
		const revoked = await revokeShareLink((await database()).db, form.output.id);
		if (!revoked) return fail(404, { message: 'Lenken finnes ikke eller er alt trukket tilbake.' });
		return { revoked: form.output.id };
	}
};
