import { describeError } from '$lib/i18n/nb';
import { formatKm2 } from '$lib/i18n/format';
import { databaseConfigFromEnv } from '../db/config';
import { openDatabase } from '../db/open-database';
import { seedMunicipalities } from '../municipalities/seed-municipalities';
import { MUNICIPALITY_GEODATA } from '../startup';

/** `npm run db:seed`: migrates, then loads geodata/ in one transaction and reports. */
async function main(): Promise<void> {
	const handle = await openDatabase(databaseConfigFromEnv(process.env));
	try {
		await handle.migrate();
		const report = await seedMunicipalities(handle.db, MUNICIPALITY_GEODATA);
		console.log(`Database: ${handle.backend} (${handle.location})`);
		console.log(`Nye: ${report.inserted.join(', ') || 'ingen'}`);
		console.log(`Endret: ${report.updated.join(', ') || 'ingen'}`);
		console.log(`Uendret: ${report.unchanged.join(', ') || 'ingen'}`);
		for (const c of report.comparisons) {
			console.log(
				`${c.number}: union ${formatKm2(c.unionKm2)}, Kartverkets grense ${formatKm2(c.referenceKm2)}, ` +
					`symmetrisk differanse ${formatKm2(c.symmetricDifferenceKm2)}, IoU ${c.intersectionOverUnion.toFixed(3)}`
			);
		}
	} finally {
		await handle.close();
	}
}

main().catch((error: unknown) => {
	console.error(describeError(error));
	process.exit(1);
});
