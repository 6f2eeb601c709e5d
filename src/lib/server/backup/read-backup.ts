import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { BackupError } from './backup-error';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader } from './backup-format';

/**
 * The lines of a backup file, decompressed as they are read, so a large backup never sits
 * in memory whole. gzip's CRC and length trailer catch a damaged or cut file; that surfaces
 * as a BackupError('corrupt') from the iteration, by which time a restore has written only
 * inside its transaction.
 */
export async function* readBackupLines(file: string): AsyncGenerator<string> {
	const source = createReadStream(file);
	const gunzip = createGunzip();
	// pipe() does not pass the source's errors on (a missing file); forward them by hand.
	source.on('error', (error) => gunzip.destroy(error));
	source.pipe(gunzip);
	const decoder = new StringDecoder('utf8');
	let pending = '';
	try {
		for await (const chunk of gunzip) {
			pending += decoder.write(chunk as Buffer);
			let newline: number;
			while ((newline = pending.indexOf('\n')) >= 0) {
				yield pending.slice(0, newline);
				pending = pending.slice(newline + 1);
			}
		}
	} catch (error) {
		if ((error as { code?: string }).code === 'ENOENT') throw error;
		throw corrupt(file, error instanceof Error ? error.message : String(error));
	} finally {
		source.destroy();
		gunzip.destroy();
	}
	pending += decoder.end();
	if (pending) yield pending;
}

/** Reads and checks only the first line, so a wrong file is refused before any database work. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
	for await (const line of readBackupLines(file)) return parseHeader(file, line);
	throw corrupt(file, 'empty file');
}

/** Checks the header's shape; a file without one is not a Planbord backup. */
export function parseHeader(file: string, line: string): BackupHeader {
	let header: Partial<BackupHeader>;
	try {
		header = JSON.parse(line) as Partial<BackupHeader>;
	} catch {
		throw notABackup(file, 'first line is not JSON');
	}
	if (header?.format !== BACKUP_FORMAT) throw notABackup(file, `format is ${header?.format}`);
	if (header.formatVersion !== BACKUP_FORMAT_VERSION) {
		throw new BackupError(
			'unsupported-format-version',
			`${file} har sikkerhetskopiformat ${header.formatVersion}; denne Planbord leser bare format ` +
				`${BACKUP_FORMAT_VERSION}. Ingenting er endret.`,
			`format version ${header.formatVersion}, expected ${BACKUP_FORMAT_VERSION}`
		);
	}
	if (
		!Array.isArray(header.journal) ||
		!Array.isArray(header.tables) ||
		!Array.isArray(header.sequences) ||
		!header.migration
	) {
		throw notABackup(file, 'header lacks journal, tables, sequences or migration');
	}
	return header as BackupHeader;
}

export function corrupt(file: string, detail: string): BackupError {
	return new BackupError(
		'corrupt',
		`${file} er skadet eller ufullstendig (${detail}). Ingenting er endret.`,
		`${file} is damaged: ${detail}`
	);
}

function notABackup(file: string, detail: string): BackupError {
	return new BackupError(
		'not-a-backup',
		`${file} er ikke en sikkerhetskopi fra Planbord (npm run db:backup). Ingenting er endret.`,
		`${file} is not a Planbord backup: ${detail}`
	);
}
