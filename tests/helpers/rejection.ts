import type { PlanbordError } from '$lib/errors';

/**
 * The error a promise rejects with, for tests that inspect it. A promise that resolves
 * instead fails the test (and a resolved database handle is closed first).
 */
export async function rejectionOf<E = PlanbordError>(promise: Promise<unknown>): Promise<E> {
	let value: unknown;
	try {
		value = await promise;
	} catch (error) {
		return error as E;
	}
	await (value as { close?: () => Promise<void> } | undefined)?.close?.();
	throw new Error('expected the promise to reject, but it resolved');
}
