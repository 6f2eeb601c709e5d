import type { ServerInit } from '@sveltejs/kit';
import { describeError } from '$lib/i18n/nb';
import { database } from '$lib/server/db';

/** Open, migrate and (embedded) seed the database before the first request; stop if that fails. */
export const init: ServerInit = async () => {
	try {
		await database();
	} catch (error) {
		console.error(describeError(error));
		process.exit(1);
	}
};
