/**
 * An immutable undo/redo history. Every operation returns a new history and leaves the old
 * one untouched, so the UI can keep it in `$state.raw` and compare by reference. Entries are
 * whole states (partitions); the zone operations return unchanged zones as the same objects,
 * so consecutive entries share almost everything and 100 steps cost little memory.
 */
export interface History<T> {
	/** Older states, oldest first; at most `limit` of them. */
	readonly past: readonly T[];
	readonly present: T;
	/** States undone, the next one to redo first. */
	readonly future: readonly T[];
	/** How many undo steps are kept. */
	readonly limit: number;
}

/** Undo steps kept by default: twice the 50 planners were promised, at little cost (see above). */
export const DEFAULT_HISTORY_LIMIT = 100;

/**
 * A history whose present is `initial`, keeping up to `limit` undo steps.
 * @example let history = createHistory(partition, 50)
 */
export function createHistory<T>(initial: T, limit = DEFAULT_HISTORY_LIMIT): History<T> {
	if (!Number.isInteger(limit) || limit < 1)
		throw new RangeError(`history limit must be a positive integer, got ${limit}`);
	return { past: [], present: initial, future: [], limit };
}

/**
 * Records a new present (one undo step) and forgets the redo states; the oldest state goes
 * when the limit is reached. Pushing the present itself changes nothing (an edit that
 * changed no zone is not a step).
 * @example history = pushHistory(history, { ...partition, zones: moved.zones })
 */
export function pushHistory<T>(history: History<T>, next: T): History<T> {
	if (next === history.present) return history;
	const past = [...history.past, history.present];
	return {
		...history,
		past: past.slice(Math.max(0, past.length - history.limit)),
		present: next,
		future: []
	};
}

/**
 * Steps back one state; the same history when there is nothing to undo.
 * @example history = undo(history); render(history.present)
 */
export function undo<T>(history: History<T>): History<T> {
	if (history.past.length === 0) return history;
	return {
		...history,
		past: history.past.slice(0, -1),
		present: history.past[history.past.length - 1] as T,
		future: [history.present, ...history.future]
	};
}

/**
 * Steps forward one undone state; the same history when there is nothing to redo.
 * @example history = redo(history)
 */
export function redo<T>(history: History<T>): History<T> {
	if (history.future.length === 0) return history;
	return {
		...history,
		past: [...history.past, history.present],
		present: history.future[0] as T,
		future: history.future.slice(1)
	};
}

/** @example canUndo(history) // false right after createHistory */
export function canUndo<T>(history: History<T>): boolean {
	return history.past.length > 0;
}

/** @example canRedo(undo(history)) // true when there was something to undo */
export function canRedo<T>(history: History<T>): boolean {
	return history.future.length > 0;
}
