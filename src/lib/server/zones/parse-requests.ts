import { ProposalError, ReasonInvalidRequest } from '$lib/errors';
import { assumeCrs } from '$lib/geometry/types';
import { PROPOSAL_STATUSES, type ProposalStatus, type SaveRequest } from '$lib/zones/proposal';
import type { Zone } from '$lib/zones/types';
import type { ProposalChanges } from './update-proposal';

/*
 * Hand-written guards for the JSON bodies of /api/proposals (no schema library is
 * installed). They check shape only; whether zones are valid polygons is the services'
 * question, so the API and any other caller get the same refusals.
 */

/** 200 characters is more than any proposal or zone name needs and keeps lists readable. */
const MAX_NAME = 200;
const MAX_TEXT = 10_000;

type Body = Record<string, unknown>;

function refuse(detail: string): never {
	throw new ProposalError(ReasonInvalidRequest, detail);
}

function object(value: unknown, what: string): Body {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		refuse(`${what} must be an object`);
	return value as Body;
}

function text(body: Body, key: string, max: number, required: boolean): string | undefined {
	const value = body[key];
	if (value === undefined && !required) return undefined;
	if (typeof value !== 'string' || value.length > max)
		refuse(`${key} must be text of at most ${max} characters`);
	return value;
}

const MAX_INT = 2 ** 31 - 1;

function integer(body: Body, key: string, required: boolean, min = 0): number | undefined {
	const value = body[key];
	if (value === undefined && !required) return undefined;
	// Above 2^31 − 1 the database's integer columns would fail with a server error.
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > MAX_INT) {
		refuse(`${key} must be an integer from ${min} to ${MAX_INT}`);
	}
	return value;
}

/** Zones are planar: a height would make a 3D geometry the 2D column refuses. */
function isPosition(p: unknown): boolean {
	return Array.isArray(p) && p.length === 2 && p.every((c) => typeof c === 'number');
}
const isRing = (r: unknown) => Array.isArray(r) && r.every(isPosition);
const isPolygon = (p: unknown) => Array.isArray(p) && p.length > 0 && p.every(isRing);

function zone(value: unknown, i: number): Zone {
	const body = object(value, `zones[${i}]`);
	const id = text(body, 'id', MAX_NAME, true)!;
	const name = text(body, 'name', MAX_NAME, true)!.trim();
	if (name === '' || id.trim() === '') refuse(`zones[${i}] needs an id and a name`);
	const geometry = object(body.geometry, `zones[${i}].geometry`);
	const ok =
		(geometry.type === 'Polygon' && isPolygon(geometry.coordinates)) ||
		(geometry.type === 'MultiPolygon' &&
			Array.isArray(geometry.coordinates) &&
			geometry.coordinates.length > 0 &&
			geometry.coordinates.every(isPolygon));
	if (!ok) refuse(`zones[${i}].geometry must be a GeoJSON Polygon or MultiPolygon (EPSG:25832)`);
	const shape = { type: geometry.type, coordinates: geometry.coordinates } as Zone['geometry'];
	return { id, name, geometry: assumeCrs(shape, 25832) };
}

function zones(value: unknown): Zone[] {
	if (!Array.isArray(value)) refuse('zones must be an array');
	return value.map(zone);
}

/** POST /api/proposals: `{ name, description?, copyFrom? }`. */
export function parseCreateRequest(value: unknown): {
	name: string;
	description?: string;
	copyFrom?: number;
} {
	const body = object(value, 'the body');
	return {
		name: text(body, 'name', MAX_NAME, true)!,
		description: text(body, 'description', MAX_TEXT, false),
		copyFrom: integer(body, 'copyFrom', false, 1)
	};
}

/** PATCH /api/proposals/[id]: any of `{ name, description, status }`. */
export function parseUpdateRequest(value: unknown): ProposalChanges {
	const body = object(value, 'the body');
	const status = body.status;
	if (status !== undefined && !PROPOSAL_STATUSES.includes(status as ProposalStatus)) {
		refuse(`status must be one of ${PROPOSAL_STATUSES.join(', ')}`);
	}
	return {
		name: text(body, 'name', MAX_NAME, false),
		description: text(body, 'description', MAX_TEXT, false),
		status: status as ProposalStatus | undefined
	};
}

/** POST /api/proposals/[id]/versions: a SaveRequest `{ baseVersion, zones, note? }`. */
export function parseSaveRequest(value: unknown): SaveRequest {
	const body = object(value, 'the body');
	return {
		baseVersion: integer(body, 'baseVersion', true)!,
		zones: zones(body.zones),
		note: text(body, 'note', MAX_TEXT, false) ?? ''
	};
}

/** POST …/versions/[version]/restore: `{ baseVersion }`. */
export function parseRestoreRequest(value: unknown): { baseVersion: number } {
	return { baseVersion: integer(object(value, 'the body'), 'baseVersion', true)! };
}

/**
 * A positive integer from a route parameter or query value (`id`, `version`).
 * @example parseIdParam('12', 'id') // 12
 */
export function parseIdParam(value: string | null | undefined, what: string): number {
	if (value === null || value === undefined || !/^[1-9][0-9]{0,8}$/.test(value)) {
		refuse(`${what} must be a positive integer`);
	}
	return Number(value);
}
