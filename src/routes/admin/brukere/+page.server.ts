import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { ROLES } from '$lib/auth/roles';
import { database } from '$lib/server/db';
import { oneTimePassword } from '$lib/server/auth/passwords';
import { deleteUserSessions } from '$lib/server/auth/sessions';
import {
	countOtherActiveAdmins,
	createUser,
	listUsers,
	setPassword,
	updateUser
} from '$lib/server/auth/users';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ users: await listUsers((await database()).db) });

const id = v.pipe(v.string(), v.digits('Ukjent bruker.'), v.toNumber());
const role = v.picklist(ROLES, 'Velg en rolle.');

const CreateForm = v.object({
	username: v.pipe(
		v.string(),
		v.trim(),
		v.toLowerCase(),
		v.regex(/^[a-z0-9._-]{2,64}$/, 'Brukernavnet kan ha 2–64 tegn: a–z, 0–9, punktum, - og _.')
	),
	displayName: v.pipe(v.string(), v.trim(), v.minLength(1, 'Skriv inn navnet.'), v.maxLength(200)),
	role
});
const UpdateForm = v.object({ id, role, active: v.optional(v.literal('on')) });
const ResetForm = v.object({ id });

function firstIssue(issues: [{ message: string }, ...{ message: string }[]]) {
	return issues[0].message;
}

export const actions: Actions = {
	create: async ({ request }) => {
		const form = v.safeParse(CreateForm, Object.fromEntries(await request.formData()));
		if (!form.success) return fail(400, { message: firstIssue(form.issues) });
		const created = await createUser((await database()).db, form.output);
		if (!created) return fail(409, { message: `Brukernavnet «${form.output.username}» er tatt.` });
		return { username: form.output.username, password: created.password };
	},
	update: async ({ request, locals }) => {
		const form = v.safeParse(UpdateForm, Object.fromEntries(await request.formData()));
		if (!form.success) return fail(400, { message: firstIssue(form.issues) });
		const { db } = await database();
		const active = form.output.active === 'on';
		const staysAdmin = form.output.role === 'admin' && active;
		if (!staysAdmin && (await countOtherActiveAdmins(db, form.output.id)) === 0) {
			return fail(409, { message: 'Den siste aktive administratoren kan ikke fjernes.' });
		}
		if (!(await updateUser(db, form.output.id, { role: form.output.role, active }))) {
			return fail(404, { message: 'Brukeren finnes ikke.' });
		}
		if (!active) await deleteUserSessions(db, form.output.id);
		return { updated: form.output.id, self: form.output.id === locals.user?.id };
	},
	reset: async ({ request }) => {
		const form = v.safeParse(ResetForm, Object.fromEntries(await request.formData()));
		if (!form.success) return fail(400, { message: firstIssue(form.issues) });
		const { db } = await database();
		const users = await listUsers(db);
		const user = users.find((u) => u.id === form.output.id);
		if (!user) return fail(404, { message: 'Brukeren finnes ikke.' });
		const password = oneTimePassword();
		await setPassword(db, user.id, password, true);
		await deleteUserSessions(db, user.id);
		return { username: user.username, password };
	}
};
