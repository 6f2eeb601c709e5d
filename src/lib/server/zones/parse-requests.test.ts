import { describe, expect, it } from 'vitest';
import { ProposalError } from '$lib/errors';
import { proposalErrorResponse } from './error-response';
import {
	parseCreateRequest,
	parseIdParam,
	parseRestoreRequest,
	parseSaveRequest,
	parseUpdateRequest
} from './parse-requests';
import { VersionConflictError } from './proposal-errors';

const square = {
	type: 'Polygon',
	coordinates: [
		[
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 0]
		]
	]
};

describe('request guards', () => {
	it('accepts a save request and defaults the note', () => {
		const save = parseSaveRequest({
			baseVersion: 2,
			zones: [{ id: 'a', name: 'A', geometry: square }]
		});
		expect(save).toEqual({
			baseVersion: 2,
			zones: [{ id: 'a', name: 'A', geometry: square }],
			note: ''
		});
	});

	it.each([
		['no zones', { baseVersion: 1 }],
		['a negative base', { baseVersion: -1, zones: [] }],
		[
			'a point',
			{
				baseVersion: 1,
				zones: [{ id: 'a', name: 'A', geometry: { type: 'Point', coordinates: [0, 0] } }]
			}
		],
		[
			'text coordinates',
			{
				baseVersion: 1,
				zones: [{ id: 'a', name: 'A', geometry: { type: 'Polygon', coordinates: [[['0', '0']]] } }]
			}
		],
		['an array body', []],
		['a base beyond the integer column', { baseVersion: 2 ** 31, zones: [] }],
		[
			'a position with a height',
			{
				baseVersion: 1,
				zones: [{ id: 'a', name: 'A', geometry: { type: 'Polygon', coordinates: [[[0, 0, 5]]] } }]
			}
		],
		['a blank zone name', { baseVersion: 1, zones: [{ id: 'a', name: '  ', geometry: square }] }]
	])('refuses %s as invalid-request', (_, body) => {
		expect(() => parseSaveRequest(body)).toThrow(ProposalError);
	});

	it('refuses an unknown status', () => {
		expect(() => parseUpdateRequest({ status: 'vedtatt' })).toThrow(/status must be one of/);
	});

	it.each([
		// wrong types
		[{ name: 42 }, 'name must be text of at most 200 characters'],
		[{ name: 'A', description: null }, 'description must be text of at most 10000 characters'],
		[{ name: 'A', copyFrom: '3' }, 'copyFrom must be an integer from 1 to 2147483647'],
		[{ name: 'A', copyFrom: 0 }, 'copyFrom must be an integer from 1 to 2147483647'],
		// missing fields
		[{}, 'name must be text of at most 200 characters'],
		// arrays, null and text where an object is expected
		[[{ name: 'A' }], 'the body must be an object'],
		[null, 'the body must be an object'],
		['{"name":"A"}', 'the body must be an object'],
		// too long
		[{ name: 'x'.repeat(201) }, 'name must be text of at most 200 characters']
	])('refuses the create body %j: %s', (body, detail) => {
		expect(() => parseCreateRequest(body)).toThrow(`invalid-request: ${detail}`);
	});

	it('reads a create body, leaving out what was not sent', () => {
		expect(parseCreateRequest({ name: 'Alternativ B', copyFrom: 1, extra: 'ignored' })).toEqual({
			name: 'Alternativ B',
			description: undefined,
			copyFrom: 1
		});
	});

	it.each([
		[{ name: 5 }, 'name must be text of at most 200 characters'],
		[{ status: ['draft'] }, 'status must be one of draft, proposed, adopted'],
		[[], 'the body must be an object']
	])('refuses the update body %j: %s', (body, detail) => {
		expect(() => parseUpdateRequest(body)).toThrow(`invalid-request: ${detail}`);
	});

	it.each([
		// extra-large numbers: 1e400 is what JSON.parse makes of an overlong number
		[{ baseVersion: 1e20, zones: [] }, 'baseVersion must be an integer from 0 to 2147483647'],
		[
			JSON.parse('{"baseVersion": 1e400, "zones": []}'),
			'baseVersion must be an integer from 0 to 2147483647'
		],
		[
			{
				baseVersion: 1,
				zones: [
					{
						id: 'a',
						name: 'A',
						geometry: {
							type: 'Polygon',
							coordinates: JSON.parse('[[[0,0],[1e400,0],[1,1],[0,0]]]')
						}
					}
				]
			},
			'zones[0].geometry must be a GeoJSON Polygon or MultiPolygon (EPSG:25832)'
		],
		// missing fields
		[{ zones: [] }, 'baseVersion must be an integer from 0 to 2147483647'],
		[{ baseVersion: 1, zones: [{ id: 'a', name: 'A' }] }, 'zones[0].geometry must be an object'],
		[
			{ baseVersion: 1, zones: [{ name: 'A', geometry: square }] },
			'id must be text of at most 200 characters'
		],
		// wrong types
		[{ baseVersion: '1', zones: [] }, 'baseVersion must be an integer from 0 to 2147483647'],
		[{ baseVersion: 1.5, zones: [] }, 'baseVersion must be an integer from 0 to 2147483647'],
		[{ baseVersion: 1, zones: {} }, 'zones must be an array'],
		[{ baseVersion: 1, zones: [], note: 7 }, 'note must be text of at most 10000 characters'],
		// arrays where objects are expected
		[{ baseVersion: 1, zones: [[]] }, 'zones[0] must be an object'],
		// a bare geometry where a zone is expected
		[{ baseVersion: 1, zones: [square] }, 'id must be text of at most 200 characters'],
		[
			{
				baseVersion: 1,
				zones: [
					{ id: 'a', name: 'A', geometry: square },
					{ id: 'b', name: 'B', geometry: [] }
				]
			},
			'zones[1].geometry must be an object'
		],
		[
			{
				baseVersion: 1,
				zones: [{ id: 'a', name: 'A', geometry: { type: 'MultiPolygon', coordinates: [] } }]
			},
			'zones[0].geometry must be a GeoJSON Polygon or MultiPolygon (EPSG:25832)'
		]
	])('refuses the save body %j: %s', (body, detail) => {
		expect(() => parseSaveRequest(body)).toThrow(`invalid-request: ${detail}`);
	});

	it('trims zone names and keeps only type and coordinates of a geometry', () => {
		const multi = { type: 'MultiPolygon', coordinates: [square.coordinates], bbox: [0, 0, 1, 1] };
		expect(
			parseSaveRequest({
				baseVersion: 0,
				zones: [{ id: 'a', name: ' A ', geometry: multi }],
				note: 'n'
			})
		).toEqual({
			baseVersion: 0,
			zones: [
				{
					id: 'a',
					name: 'A',
					geometry: { type: 'MultiPolygon', coordinates: [square.coordinates] }
				}
			],
			note: 'n'
		});
	});

	it('reads a restore body and refuses one without a base version', () => {
		expect(parseRestoreRequest({ baseVersion: 3 })).toEqual({ baseVersion: 3 });
		expect(() => parseRestoreRequest({ base: 3 })).toThrow(
			'invalid-request: baseVersion must be an integer from 0 to 2147483647'
		);
	});

	it('reads positive integer ids only', () => {
		expect(parseIdParam('42', 'id')).toBe(42);
		for (const bad of ['0', '-1', '1.5', 'abc', '', null, '1000000000', ' 1']) {
			expect(() => parseIdParam(bad, 'id')).toThrow(ProposalError);
		}
	});
});

describe('proposalErrorResponse', () => {
	it('answers a conflict with 409, the current version and its time in bokmål', async () => {
		const response = proposalErrorResponse(
			new VersionConflictError(3, 1, 4, '2026-01-01T00:00:00.000Z')
		);
		expect(response.status).toBe(409);
		const body = (await response.json()) as Record<string, unknown>;
		expect(body).toMatchObject({
			reason: 'version-conflict',
			currentVersion: 4,
			savedAt: '2026-01-01T00:00:00.000Z'
		});
		expect(body.message).toMatch(/lagret av noen andre/);
	});

	it('names the zone at fault and answers 422', async () => {
		const error = new ProposalError('invalid-zone-geometry', 'bow-tie', { feature: 'Vollen' });
		const response = proposalErrorResponse(error);
		expect(response.status).toBe(422);
		expect(((await response.json()) as { message: string }).message).toBe(
			'Et lokalområde har ugyldig geometri: «Vollen»'
		);
	});

	it('rethrows what is not a refusal', () => {
		expect(() => proposalErrorResponse(new Error('boom'))).toThrow('boom');
	});
});
