import { describe, expect, it } from 'vitest';
import { ProposalError } from '$lib/errors';
import { proposalErrorResponse } from './error-response';
import { parseIdParam, parseSaveRequest, parseUpdateRequest } from './parse-requests';
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

	it('reads positive integer ids only', () => {
		expect(parseIdParam('42', 'id')).toBe(42);
		for (const bad of ['0', '-1', '1.5', 'abc', '', null]) {
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
