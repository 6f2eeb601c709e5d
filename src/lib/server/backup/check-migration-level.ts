import { BackupError } from './backup-error';
import type { BackupHeader, JournalEntry } from './backup-format';
import { shippedMigrations, type ShippedMigration } from './migration-journal';

/** The journal as a level: how many migrations ran, and the last one's tag when it is ours. */
export function describeLevel(
	journal: JournalEntry[],
	shipped: ShippedMigration[] = shippedMigrations()
): { level: number; tag: string } {
	const last = journal.at(-1);
	const tag = shipped.find((m) => m.folderMillis === last?.createdAt)?.tag ?? 'ukjent';
	return { level: journal.length, tag };
}

/**
 * A backup restores only if its journal is the start of ours, migration for migration
 * (same `created_at`, i.e. the same journal entry): then migrations after its level bring
 * the data up to date. A longer journal comes from a newer Planbord, whose schema this one
 * does not know; a different one from another branch. Both are refused.
 * @returns how many of our migrations the backup's data has been through
 */
export function checkMigrationLevel(
	header: BackupHeader,
	shipped: ShippedMigration[] = shippedMigrations()
): number {
	const ours = shipped.at(-1)?.tag ?? 'ingen';
	if (header.journal.length > shipped.length) {
		throw new BackupError(
			'newer-migration',
			`Sikkerhetskopien er fra en nyere Planbord (migreringsnivå ${header.journal.length}, ${header.migration.tag}); ` +
				`denne versjonen kjenner bare ${shipped.length} migreringer (til ${ours}). Oppdater Planbord og prøv igjen. ` +
				`Ingenting er endret.`,
			`backup migration level ${header.journal.length} is newer than this Planbord's ${shipped.length}`
		);
	}
	header.journal.forEach((entry, i) => {
		if (entry.createdAt !== shipped[i]?.folderMillis) {
			throw new BackupError(
				'unknown-migration',
				`Sikkerhetskopiens migrering nr. ${i + 1} finnes ikke i denne Planbord-versjonen ` +
					`(forventet ${shipped[i]?.tag}). Den er laget av en annen utgave av Planbord. Ingenting er endret.`,
				`backup journal entry ${i} (created_at ${entry.createdAt}) is not ${shipped[i]?.tag}`
			);
		}
	});
	return header.journal.length;
}
