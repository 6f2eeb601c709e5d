import type { Handle } from '@sveltejs/kit';
import { stringify } from 'devalue';
import { env } from '$env/dynamic/private';
import { ReasonFileTooLarge } from '$lib/errors';
import { formatDecimal } from '$lib/i18n/format';

/*
 * adapter-node refuses a body over BODY_SIZE_LIMIT with an English plain-text 413 that the
 * page cannot show. This hook answers first, in bokmål, whenever the size is known up front
 * (a Content-Length). A chunked body has no size until it has arrived, so it stays with
 * BODY_SIZE_LIMIT, which `npm start` sets to the same number of megabytes.
 */

/**
 * 250 MB: what `npm start` allowed before this setting existed. One plan file may be 200 MB
 * (MAX_PLAN_FILE_BYTES, checked again by the plan page), plus the multipart overhead.
 */
export const DEFAULT_MAX_UPLOAD_MB = 250;
const MB = 1024 * 1024;
const CHECKED_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * The upload limit in MB from PLANBORD_MAX_UPLOAD_MB, or null when the setting is not a
 * positive number. Unset or blank means the default.
 * @example maxUploadMb('50') // 50
 */
export function maxUploadMb(setting: string | undefined): number | null {
	const text = setting?.trim();
	if (!text) return DEFAULT_MAX_UPLOAD_MB;
	const mb = Number(text);
	return Number.isFinite(mb) && mb > 0 ? mb : null;
}

/**
 * The declared body size in bytes when it is over the limit, else null (small enough, no
 * body expected for the method, or no usable Content-Length).
 * @example oversizedBody('POST', '2097152', 1) // 2097152
 */
export function oversizedBody(
	method: string,
	contentLength: string | null,
	limitMb: number
): number | null {
	if (!CHECKED_METHODS.has(method) || contentLength === null) return null;
	if (!/^\d{1,16}$/.test(contentLength.trim())) return null;
	const bytes = Number(contentLength);
	return bytes > limitMb * MB ? bytes : null;
}

/**
 * The refusal in bokmål, sizes in MB with a decimal comma.
 * @example tooLargeMessage(2 * 1024 * 1024, 1) // 'Filen er for stor: 2 MB. Grensen er 1 MB (PLANBORD_MAX_UPLOAD_MB).'
 */
export function tooLargeMessage(bytes: number, limitMb: number): string {
	return `Filen er for stor: ${formatDecimal(bytes / MB)} MB. Grensen er ${formatDecimal(limitMb)} MB (PLANBORD_MAX_UPLOAD_MB).`;
}

/** Who asked decides the shape of the answer: the page's `enhance`, a script, or a browser. */
type Asker = 'action' | 'json' | 'html';

function askerOf(request: Request, url: URL): Asker {
	if (request.headers.get('x-sveltekit-action') === 'true') return 'action';
	const accept = request.headers.get('accept') ?? '';
	if (url.pathname.startsWith('/api/') || accept.includes('application/json')) return 'json';
	return 'html';
}

/**
 * The 413 answer. A form action fetched by `enhance` gets an ActionResult `failure` whose
 * data (devalue-encoded, as `deserialize` in $app/forms expects) carries the action's name,
 * so a page showing `form.message` for `form.action` shows this one; an API client gets
 * `{ reason, message }` like other refusals; a plain browser post gets a short page.
 */
export function tooLargeResponse(request: Request, url: URL, message: string): Response {
	const status = 413;
	const asker = askerOf(request, url);
	if (asker === 'action') {
		const action = [...url.searchParams.keys()].find((k) => k.startsWith('/'))?.slice(1);
		const data = stringify({ action: action || 'default', message });
		return Response.json({ type: 'failure', status, data }, { status });
	}
	if (asker === 'json') return Response.json({ reason: ReasonFileTooLarge, message }, { status });
	const page = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>For stor fil – Planbord</title></head>
<body><main><h1>For stor fil</h1><p role="alert">${escapeHtml(message)}</p>
<p><a href="${escapeHtml(url.pathname)}">Tilbake</a></p></main></body></html>`;
	return new Response(page, {
		status,
		// Not rendered by SvelteKit, so kit.csp does not reach it; it needs nothing at all.
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'content-security-policy': "default-src 'none'"
		}
	});
}

function escapeHtml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c
	);
}

let warnedSetting: string | undefined;

/** The configured limit in MB; a broken setting is reported once and the default used. */
export function configuredUploadLimitMb(): number {
	const setting = env.PLANBORD_MAX_UPLOAD_MB;
	const mb = maxUploadMb(setting);
	if (mb !== null) return mb;
	if (warnedSetting !== setting) {
		warnedSetting = setting;
		console.error(
			`PLANBORD_MAX_UPLOAD_MB=${setting} is not a positive number of MB; using ${DEFAULT_MAX_UPLOAD_MB}.`
		);
	}
	return DEFAULT_MAX_UPLOAD_MB;
}

/** Handle hook: refuses a POST/PUT/PATCH whose Content-Length is over the upload limit. */
export const uploadLimit: Handle = ({ event, resolve }) => {
	const limitMb = configuredUploadLimitMb();
	const { request, url } = event;
	const bytes = oversizedBody(request.method, request.headers.get('content-length'), limitMb);
	if (bytes === null) return resolve(event);
	const refused = tooLargeResponse(request, url, tooLargeMessage(bytes, limitMb));
	// The body is not read; closing the connection stops the client sending the rest of it
	// and keeps it from reusing a socket that still holds unread upload bytes.
	refused.headers.set('connection', 'close');
	return refused;
};
