/** Why a backup or restore was refused; each has its own bokmål text and exit code. */
export type BackupRefusal =
	| 'not-a-backup'
	| 'unsupported-format-version'
	| 'corrupt'
	| 'newer-migration'
	| 'unknown-migration'
	| 'schema-mismatch'
	| 'target-not-empty'
	| 'no-database';

/** Exit codes as in cli/run-cli.ts: 2 the file cannot be read, 1 its content was refused. */
const EXIT_CODE: Record<BackupRefusal, number> = {
	'not-a-backup': 1,
	'unsupported-format-version': 1,
	corrupt: 2,
	'newer-migration': 1,
	'unknown-migration': 1,
	'schema-mismatch': 1,
	'target-not-empty': 1,
	'no-database': 2
};

/**
 * A backup or restore that did not happen, with nothing written. `message` is bokmål for the
 * person at the terminal; `detail` is the English reason for logs and tests.
 */
export class BackupError extends Error {
	readonly exitCode: number;
	constructor(
		readonly refusal: BackupRefusal,
		message: string,
		readonly detail: string
	) {
		super(message);
		this.name = 'BackupError';
		this.exitCode = EXIT_CODE[refusal];
	}
}
