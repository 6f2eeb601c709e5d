import type { HandleServerError } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { formatDecimal } from '$lib/i18n/format';
import { redactSecrets } from './redact-secrets';
import { configuredUploadLimitMb } from './upload-limit';

const SERVER_ERROR_MESSAGE = 'Noe gikk galt på serveren';

/**
 * What the user reads for an unexpected error: fixed bokmål text per status, never the
 * error's own message (it may name tables, paths or connection strings).
 * @example publicErrorMessage(404, 250) // 'Siden finnes ikke'
 */
export function publicErrorMessage(status: number, uploadLimitMb: number): string {
	if (status >= 500) return SERVER_ERROR_MESSAGE;
	if (status === 404) return 'Siden finnes ikke';
	if (status === 405) return 'Denne handlingen er ikke tillatt her';
	// A chunked upload over BODY_SIZE_LIMIT, which `npm start` sets to the same number of MB.
	if (status === 413) {
		return `Forespørselen er for stor. Grensen er ${formatDecimal(uploadLimitMb)} MB (PLANBORD_MAX_UPLOAD_MB).`;
	}
	return 'Forespørselen kunne ikke behandles';
}

/**
 * An error as the log should keep it: the stack (which starts with the message) and the
 * chain of causes, with secrets masked.
 */
export function describeForLog(error: unknown, known: readonly (string | undefined)[]): string {
	const lines: string[] = [];
	let current: unknown = error;
	// Three causes are enough to reach the driver error under a wrapped one.
	for (let depth = 0; depth < 4 && current !== undefined; depth++) {
		const text =
			current instanceof Error
				? (current.stack ?? `${current.name}: ${current.message}`)
				: String(current);
		lines.push(depth === 0 ? text : `Caused by: ${text}`);
		current = current instanceof Error ? current.cause : undefined;
	}
	return redactSecrets(lines.join('\n'), known);
}

/** The password of a connection URL, which a driver may quote on its own. */
function urlPassword(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		return decodeURIComponent(new URL(url).password) || undefined;
	} catch {
		return undefined;
	}
}

/**
 * Logs an unexpected error under a short id and gives the page only that id and a fixed
 * message, so a user can report "Feil-ID 3f2a9c1b" and the operator can find the stack.
 * 4xx statuses (unknown page, wrong method) are the client's doing: not logged, no id.
 */
export const handleError: HandleServerError = ({ error, event, status }) => {
	const message = publicErrorMessage(status, configuredUploadLimitMb());
	if (status < 500) return { message };
	const id = crypto.randomUUID().slice(0, 8);
	const known = [
		env.DATABASE_URL,
		urlPassword(env.DATABASE_URL),
		...event.cookies.getAll().map((c) => c.value)
	];
	// The route id, not the path: a share link's path is its token.
	const where = `${event.request.method} ${event.route.id ?? '(no route)'}`;
	console.error(`[error ${id}] ${status} ${where}\n${describeForLog(error, known)}`);
	return { message, id };
};
