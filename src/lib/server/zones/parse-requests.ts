import * as v from 'valibot';
import { ProposalError, ReasonInvalidRequest } from '$lib/errors';
import { assumeCrs } from '$lib/geometry/types';
import { PROPOSAL_STATUSES, type SaveRequest } from '$lib/zones/proposal';
import type { Zone } from '$lib/zones/types';
import type { ProposalChanges } from './update-proposal';

/*
 * valibot schemas for the JSON bodies of /api/proposals. They check shape only; whether
 * zones are valid polygons is the services' question, so the API and any other caller get
 * the same refusals. A refusal is a ProposalError 'invalid-request' (answered 400 with
 * bokmål text by error-response.ts) whose detail names the first field at fault.
 *
 * Messages are templates filled from the issue's path once valibot has set it:
 * {path} `zones[0].geometry` (`the body` at the top), {key} the last key, {parent} the path
 * above it.
 */

/** 200 characters is more than any proposal or zone name needs and keeps lists readable. */
const MAX_NAME = 200;
const MAX_TEXT = 10_000;
/** Above 2^31 − 1 the database's integer columns would fail with a server error. */
const MAX_INT = 2 ** 31 - 1;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An object with these entries. Arrays and null are refused as not objects (valibot's own
 * `object` takes arrays). Missing keys are filled with undefined first, so the entry's own
 * message names a missing field (valibot would report it with the object's message).
 */
function record<E extends v.ObjectEntries>(entries: E) {
	const keys = Object.keys(entries);
	return v.pipe(
		v.custom<Record<string, unknown>>(isRecord, '{path} must be an object'),
		v.transform((body) => ({ ...Object.fromEntries(keys.map((k) => [k, undefined])), ...body })),
		v.object(entries)
	);
}

function text(max: number) {
	const message = `{key} must be text of at most ${max} characters`;
	return v.pipe(v.string(message), v.maxLength(max, message));
}

function integer(min: number) {
	const message = `{key} must be an integer from ${min} to ${MAX_INT}`;
	return v.pipe(
		v.number(message),
		v.integer(message),
		v.minValue(min, message),
		v.maxValue(MAX_INT, message)
	);
}

/*
 * Zones are planar: a height would make a 3D geometry the 2D column refuses. Coordinates must
 * be finite: JSON.parse turns 1e400 into Infinity, which PostGIS cannot store.
 */
const coordinate = v.pipe(v.number(), v.finite());
const position = v.strictTuple([coordinate, coordinate]);
const polygon = v.pipe(v.array(v.array(position)), v.minLength(1));
const polygonal = v.variant('type', [
	v.object({ type: v.literal('Polygon'), coordinates: polygon }),
	v.object({
		type: v.literal('MultiPolygon'),
		coordinates: v.pipe(v.array(polygon), v.minLength(1))
	})
]);

/*
 * Names are checked before the geometry, and the geometry is refused as a whole at its own
 * path however deep the fault lies: one readable message per zone.
 */
const zone = v.pipe(
	record({ id: text(MAX_NAME), name: text(MAX_NAME), geometry: v.unknown() }),
	v.check((z) => z.id.trim() !== '' && z.name.trim() !== '', '{path} needs an id and a name'),
	v.rawTransform(({ dataset, addIssue, NEVER }): Zone => {
		const { id, name, geometry } = dataset.value;
		if (!isRecord(geometry)) {
			addIssue({ message: '{path}.geometry must be an object' });
			return NEVER;
		}
		const shape = v.safeParse(polygonal, geometry);
		if (!shape.success) {
			addIssue({
				message: '{path}.geometry must be a GeoJSON Polygon or MultiPolygon (EPSG:25832)'
			});
			return NEVER;
		}
		return { id, name: name.trim(), geometry: assumeCrs(shape.output, 25832) };
	})
);

const CreateRequest = record({
	name: text(MAX_NAME),
	description: v.optional(text(MAX_TEXT)),
	copyFrom: v.optional(integer(1))
});

const UpdateRequest = record({
	status: v.optional(
		v.picklist(PROPOSAL_STATUSES, `status must be one of ${PROPOSAL_STATUSES.join(', ')}`)
	),
	name: v.optional(text(MAX_NAME)),
	description: v.optional(text(MAX_TEXT))
});

const SaveRequestBody = record({
	baseVersion: integer(0),
	zones: v.array(zone, '{key} must be an array'),
	note: v.optional(text(MAX_TEXT), '')
});

const RestoreRequest = record({ baseVersion: integer(0) });

function where(keys: readonly unknown[]): string {
	if (keys.length === 0) return 'the body';
	return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** The detail for the first issue, its template filled from where it was found. */
function detailOf(issue: v.BaseIssue<unknown>): string {
	const keys = (issue.path ?? []).map((item) => item.key);
	return issue.message
		.replaceAll('{path}', where(keys))
		.replaceAll('{parent}', where(keys.slice(0, -1)))
		.replaceAll('{key}', keys.length === 0 ? 'the body' : String(keys.at(-1)));
}

function parse<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
	const result = v.safeParse(schema, value, { abortEarly: true });
	if (!result.success) throw new ProposalError(ReasonInvalidRequest, detailOf(result.issues[0]));
	return result.output;
}

/** POST /api/proposals: `{ name, description?, copyFrom? }`. */
export function parseCreateRequest(value: unknown): {
	name: string;
	description?: string;
	copyFrom?: number;
} {
	const body = parse(CreateRequest, value);
	return { name: body.name, description: body.description, copyFrom: body.copyFrom };
}

/** PATCH /api/proposals/[id]: any of `{ name, description, status }`. */
export function parseUpdateRequest(value: unknown): ProposalChanges {
	const body = parse(UpdateRequest, value);
	return { name: body.name, description: body.description, status: body.status };
}

/** POST /api/proposals/[id]/versions: a SaveRequest `{ baseVersion, zones, note? }`. */
export function parseSaveRequest(value: unknown): SaveRequest {
	const body = parse(SaveRequestBody, value);
	return { baseVersion: body.baseVersion, zones: body.zones, note: body.note };
}

/** POST …/versions/[version]/restore: `{ baseVersion }`. */
export function parseRestoreRequest(value: unknown): { baseVersion: number } {
	return { baseVersion: parse(RestoreRequest, value).baseVersion };
}

const IdParam = v.pipe(v.string(), v.regex(/^[1-9][0-9]{0,8}$/), v.toNumber());

/**
 * A positive integer from a route parameter or query value (`id`, `version`).
 * @example parseIdParam('12', 'id') // 12
 */
export function parseIdParam(value: string | null | undefined, what: string): number {
	const result = v.safeParse(IdParam, value);
	if (!result.success) {
		throw new ProposalError(ReasonInvalidRequest, `${what} must be a positive integer`);
	}
	return result.output;
}
