import { userInfo } from 'node:os';
import { DatabaseError, ParseError, PlanbordError } from '$lib/errors';
import { describeError } from '$lib/i18n/nb';
import type { DatabaseConfig } from '../db/config';
import type { DatabaseHandle } from '../db/handle';
import { runAs } from '../audit/actor';
import { startDatabase } from '../startup';

/*
 * What every Planbord command line shares: exit codes a scheduler can act on, and opening
 * and closing the database around the work.
 *   0  done
 *   1  the data was refused: every problem is printed and nothing was written
 *   2  wrong usage, or a file that cannot be read
 *   3  the database could not be opened or written
 */

/** Wrong arguments: the message (usually the usage text) is printed and the exit code is 2. */
export class UsageError extends Error {}

/** Opens the database (exit 3 if that fails), runs `work`, and always closes it again. */
export async function withDatabase(
	config: DatabaseConfig,
	work: (handle: DatabaseHandle) => Promise<number>
): Promise<number> {
	let handle: DatabaseHandle;
	try {
		handle = await startDatabase(config);
	} catch (error) {
		console.error(describeError(error));
		return 3;
	}
	try {
		return await work(handle);
	} finally {
		await handle.close();
	}
}

/**
 * Runs a command's `main` and exits the process with its code, or with the code its error
 * stands for, after printing the error in bokmål.
 * @example runCli(main, USAGE)
 */
export function runCli(main: (argv: string[]) => Promise<number>, usage: string): void {
	// What a command changes is logged as the machine user who ran it.
	const actor = { id: null, name: `kommandolinje (${userInfo().username})` };
	runAs(actor, () => main(process.argv.slice(2))).then(
		(code) => process.exit(code),
		(error: unknown) => {
			const code = (error as { code?: string }).code;
			if (error instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS')) {
				console.error(error instanceof Error ? error.message : String(error));
				if (!(error instanceof UsageError)) console.error(usage);
				process.exit(2);
			}
			const missing = code === 'ENOENT';
			console.error(
				missing ? `Finner ikke filen ${(error as { path?: string }).path}` : describeError(error)
			);
			process.exit(exitCodeOf(error, missing));
		}
	);
}

/** An unreadable file is the caller's to fix (2); bad content is the file's (1); else 3. */
function exitCodeOf(error: unknown, missing: boolean): number {
	if (error instanceof ParseError || missing) return 2;
	if (error instanceof PlanbordError && !(error instanceof DatabaseError)) return 1;
	return 3;
}
