import { describeError } from '$lib/i18n/nb';
import { databaseConfigFromEnv } from '../db/config';
import { openDatabase } from '../db/open-database';

/** `npm run db:migrate`: applies pending migrations to the configured database. */
async function main(): Promise<void> {
	const handle = await openDatabase(databaseConfigFromEnv(process.env));
	try {
		await handle.migrate();
		console.log(`Migrert: ${handle.backend} (${handle.location})`);
	} finally {
		await handle.close();
	}
}

main().catch((error: unknown) => {
	console.error(describeError(error));
	process.exit(1);
});
