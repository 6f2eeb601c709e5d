import * as v from 'valibot';
import { PROPOSAL_STATUSES } from '$lib/zones/proposal';

/*
 * The proposal list's form actions, checked at the edge. Limits match the JSON API
 * ($lib/server/zones/parse-requests.ts), so a name the form accepts the API accepts too.
 * A file sent where text belongs is refused rather than stored as "[object File]".
 */

const MAX_NAME = 200;
const MAX_TEXT = 10_000;
const INVALID = 'Ugyldig skjema.';

/** A text field: absent reads as '', surrounding space is dropped. */
function text(max: number, tooLong: string) {
	return v.optional(v.pipe(v.string(INVALID), v.trim(), v.maxLength(max, tooLong)), '');
}

/** A proposal id: digits only, within the database's integer range. */
function proposalId(message: string) {
	return v.pipe(v.string(message), v.regex(/^[1-9][0-9]{0,8}$/, message), v.toNumber(message));
}

const name = text(MAX_NAME, `Navnet kan ha høyst ${MAX_NAME} tegn.`);
const description = text(MAX_TEXT, `Beskrivelsen kan ha høyst ${MAX_TEXT} tegn.`);

export const CreateForm = v.object(
	{ name: v.pipe(name, v.minLength(1, 'Forslaget må ha et navn.')), description },
	INVALID
);

// The object's own message is what valibot reports for a missing required field.
export const CopyForm = v.object({ id: proposalId('Ukjent forslag.') }, 'Ukjent forslag.');

/** The file is checked by the action (presence, size); this is the optional name beside it. */
export const ImportForm = v.object({ name }, INVALID);

/** A blank name passes here: updateProposal refuses it, as the API's PATCH does. */
export const UpdateForm = v.object(
	{
		id: proposalId(INVALID),
		status: v.picklist(PROPOSAL_STATUSES, INVALID),
		name,
		description
	},
	INVALID
);

/**
 * A form's fields checked against `schema`: the output, or the first problem's bokmål text.
 * @example readForm(CopyForm, formData) // { ok: true, value: { id: 3 } }
 */
export function readForm<S extends v.GenericSchema>(
	schema: S,
	form: FormData
): { ok: true; value: v.InferOutput<S> } | { ok: false; message: string } {
	const result = v.safeParse(schema, Object.fromEntries(form), { abortEarly: true });
	return result.success
		? { ok: true, value: result.output }
		: { ok: false, message: result.issues[0].message };
}
