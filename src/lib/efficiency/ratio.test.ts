import { describe, expect, it } from 'vitest';
import { divide, isKnown, isPositive } from './ratio';

const reasons = { numerator: 'no-area', denominator: 'no-capacity' } as const;

describe('divide', () => {
	it('divides two known amounts', () => {
		// 10 000 m² / 450 pupils = 22.222… m² per pupil
		const ratio = divide(10_000, 450, reasons);
		expect(ratio.ok).toBe(true);
		expect(ratio.ok && ratio.value).toBeCloseTo(22.2222, 4);
	});

	it('allows a zero numerator', () => {
		expect(divide(0, 100, reasons)).toEqual({ ok: true, value: 0 });
	});

	it('gives the denominator reason for zero, null, undefined, negative and NaN divisors', () => {
		for (const d of [0, null, undefined, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(divide(100, d, reasons)).toEqual({ ok: false, reason: 'no-capacity' });
		}
	});

	it('gives the numerator reason for a missing or unusable numerator', () => {
		for (const n of [null, undefined, -1, Number.NaN, Number.NEGATIVE_INFINITY]) {
			expect(divide(n, 10, reasons)).toEqual({ ok: false, reason: 'no-area' });
		}
	});

	it('reports not-finite instead of letting an overflow through', () => {
		expect(divide(1e308, 1e-10, reasons)).toEqual({ ok: false, reason: 'not-finite' });
	});
});

describe('isKnown / isPositive', () => {
	it('accepts zero as known but not as positive', () => {
		expect([isKnown(0), isPositive(0)]).toEqual([true, false]);
	});

	it('rejects null, negatives and non-finite numbers', () => {
		for (const x of [null, undefined, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(isKnown(x)).toBe(false);
		}
	});
});
