/*
 * A key figure that may not be computable. The UI shows the not-ok case as "kan ikke
 * beregnes" with the reason in bokmål, so a missing capacity never reaches the screen as
 * Infinity, NaN or a misleading 0.
 */

/** Why a ratio could not be computed (English codes; bokmål text at the UI edge). */
export const RATIO_REASONS = [
	'no-area',
	'no-capacity',
	'no-users',
	'no-unit',
	'no-population',
	'no-backlog',
	'mixed-units',
	'not-finite'
] as const;
export type RatioReason = (typeof RATIO_REASONS)[number];

export type Ratio = { ok: true; value: number } | { ok: false; reason: RatioReason };

/** Which reason to give when each side is unusable. */
export interface DivideReasons {
	numerator: RatioReason;
	denominator: RatioReason;
}

/** A finite, non-negative amount: a count or sum that can take part in a ratio. */
export function isKnown(x: number | null | undefined): x is number {
	return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}

/** A finite amount above zero: what a divisor, or a floor area, must be. */
export function isPositive(x: number | null | undefined): x is number {
	return isKnown(x) && x > 0;
}

/**
 * numerator / denominator, or the reason it cannot be computed. The numerator may be 0
 * (an empty school has utilisation 0); the denominator must be above 0.
 * @example divide(10_000, 450, { numerator: 'no-area', denominator: 'no-users' }) // { ok: true, value: 22.2… }
 */
export function divide(
	numerator: number | null | undefined,
	denominator: number | null | undefined,
	reasons: DivideReasons
): Ratio {
	if (!isKnown(numerator)) return { ok: false, reason: reasons.numerator };
	if (!isPositive(denominator)) return { ok: false, reason: reasons.denominator };
	const value = numerator / denominator;
	// Both sides finite can still overflow (1e308 / 1e-10); keep the promise regardless.
	return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'not-finite' };
}
