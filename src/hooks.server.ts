import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { describeError } from '$lib/i18n/nb';
import { database } from '$lib/server/db';
import { runAs } from '$lib/server/audit/actor';
import { authenticate } from '$lib/server/auth/authenticate';
import { refusal } from '$lib/server/auth/authorize';
import { bootstrapAdmin } from '$lib/server/auth/bootstrap-admin';
import { securityHeaders } from '$lib/server/http/security-headers';
import { uploadLimit } from '$lib/server/http/upload-limit';

export { handleError } from '$lib/server/http/handle-error';

/** Open, migrate and (embedded) seed the database before the first request; stop if that fails. */
export const init: ServerInit = async () => {
	try {
		const handle = await database();
		// adapter-node emits this after SIGTERM/SIGINT once requests have drained; closing the
		// pool (or PGlite) then lets the process exit instead of hanging on idle connections.
		process.once('sveltekit:shutdown', () => void handle.close());
		const password = await bootstrapAdmin(handle.db);
		if (password) {
			console.log(
				`Planbord: ingen brukere fantes, så administratoren «admin» er opprettet.\n` +
					`Engangspassord (vises bare nå, må byttes ved første innlogging): ${password}`
			);
		}
	} catch (error) {
		console.error(describeError(error));
		process.exit(1);
	}
};

/**
 * Who is asking, and may they? Every request passes here before any route code runs; the
 * rules are in $lib/auth/policy. Allowed requests run as their user, so the audit log
 * (written by database triggers) records who made each change.
 */
const accessControl: Handle = async ({ event, resolve }) => {
	const { db } = await database();
	await authenticate(db, event);
	const refused = refusal(event);
	if (refused) return refused;
	const user = event.locals.user;
	const actor = user ? { id: user.id, name: user.username } : { id: null, name: 'anonym' };
	return runAs(actor, () => resolve(event));
};

/** Headers first so every answer carries them; oversized uploads are refused before any work. */
export const handle = sequence(securityHeaders, uploadLimit, accessControl);
