import type { ServerInit } from '@sveltejs/kit';
import { describeError } from '$lib/i18n/nb';
import { database } from '$lib/server/db';

/** Open, migrate and (embedded) seed the database before the first request; stop if that fails. */
export const init: ServerInit = async () => {
	try {
		const handle = await database();
		// adapter-node emits this after SIGTERM/SIGINT once requests have drained; closing the
		// pool (or PGlite) then lets the process exit instead of hanging on idle connections.
		process.once('sveltekit:shutdown', () => void handle.close());
	} catch (error) {
		console.error(describeError(error));
		process.exit(1);
	}
};
