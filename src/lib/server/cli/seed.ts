import { describeError } from '$lib/i18n/nb';
import { formatKm2 } from '$lib/i18n/format';
import { databaseConfigFromEnv } from '../db/config';
import { openDatabase } from '../db/open-database';
import { seedAll } from '../seed';

/** `npm run db:seed`: migrates, then loads geodata/ (see seedAll) and reports. */
async function main(): Promise<void> {
	const handle = await openDatabase(databaseConfigFromEnv(process.env));
	try {
		await handle.migrate();
		const all = await seedAll(handle.db);
		const report = all.municipalities;
		console.log(`Database: ${handle.backend} (${handle.location})`);
		console.log(`Nye: ${report.inserted.join(', ') || 'ingen'}`);
		console.log(`Endret: ${report.updated.join(', ') || 'ingen'}`);
		console.log(`Uendret: ${report.unchanged.join(', ') || 'ingen'}`);
		console.log(`Befolkningstall: ${all.populationRows} rader`);
		console.log(`Normtall lagt til: ${all.benchmarksAdded.length} (eksisterende beholdt)`);
		const b = all.buildings;
		console.log(
			`Bygg: ${b.inserted.length} nye, ${b.kept.length} fantes fra før og ble beholdt uendret`
		);
		for (const p of all.plans) {
			console.log(
				`Arealplan ${p.fileName}: ${p.unchanged ? 'fantes fra før' : `importert som plan ${p.id}`} (${p.featureCount} objekter)`
			);
		}
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
