import { describe, expect, it } from 'vitest';
import { deepFreeze } from './fixtures/build';
import {
	canRedo,
	canUndo,
	createHistory,
	DEFAULT_HISTORY_LIMIT,
	pushHistory,
	redo,
	undo
} from './undo-history';

function pushAll(limit: number, count: number) {
	let history = createHistory({ step: 0 }, limit);
	for (let step = 1; step <= count; step++) history = pushHistory(history, { step });
	return history;
}

describe('undo history', () => {
	it('keeps at least 50 steps by default', () => {
		expect(DEFAULT_HISTORY_LIMIT).toBeGreaterThanOrEqual(50);
		expect(pushAll(DEFAULT_HISTORY_LIMIT, 60).past).toHaveLength(60);
	});

	it('keeps the last 50 of 60 pushes when capped at 50', () => {
		// States 0…60; after 60 pushes the 50 undo steps lead back to state 10.
		let history = pushAll(50, 60);
		expect(history.past).toHaveLength(50);
		let undos = 0;
		while (canUndo(history)) {
			history = undo(history);
			undos++;
		}
		expect(undos).toBe(50);
		expect(history.present).toEqual({ step: 10 });
	});

	it('undoes and redoes in order', () => {
		let history = pushAll(50, 3);
		history = undo(undo(history));
		expect(history.present).toEqual({ step: 1 });
		expect(canRedo(history)).toBe(true);
		history = redo(history);
		expect(history.present).toEqual({ step: 2 });
		history = redo(history);
		expect(history.present).toEqual({ step: 3 });
		expect(canRedo(history)).toBe(false);
	});

	it('forgets the redo states when a new step is pushed', () => {
		const history = pushHistory(undo(pushAll(50, 3)), { step: 99 });
		expect(canRedo(history)).toBe(false);
		expect(undo(history).present).toEqual({ step: 2 });
	});

	it('never changes an existing history', () => {
		const before = deepFreeze(pushAll(50, 3));
		const after = redo(undo(pushHistory(before, { step: 4 })));
		expect(before.present).toEqual({ step: 3 });
		expect(after.present).toEqual({ step: 4 });
	});

	it('does not record a push of the present itself, nor undo or redo past the ends', () => {
		const history = createHistory({ step: 0 });
		expect(pushHistory(history, history.present)).toBe(history);
		expect(undo(history)).toBe(history);
		expect(redo(history)).toBe(history);
		expect([canUndo(history), canRedo(history)]).toEqual([false, false]);
	});

	it('refuses a limit below one step', () => {
		expect(() => createHistory(0, 0)).toThrow(RangeError);
	});
});
