import { describe, expect, it } from 'vitest';
import {
	formatArea,
	formatConflictArea,
	formatCount,
	formatDecimal,
	formatKm2,
	formatLatLon,
	formatLength,
	formatM2,
	formatNok,
	formatPercent,
	formatUtm32
} from './format';

describe('formatKm2', () => {
	it('uses a decimal comma and one decimal', () => {
		expect(formatKm2(113.6249)).toBe('113,6 km²');
	});

	it('groups thousands with a non-breaking space', () => {
		expect(formatKm2(1234.56)).toBe('1\u00a0234,6 km²');
	});
});

describe('formatUtm32', () => {
	it('writes northing first, whole metres, grouped with non-breaking spaces', () => {
		expect(formatUtm32(580_166.83, 6_633_343.88)).toBe('N 6\u00a0633\u00a0344 Ø 580\u00a0167');
	});
});

describe('formatLatLon', () => {
	it('uses a decimal comma and N/Ø', () => {
		expect(formatLatLon(10.43, 59.83)).toBe('59,83000° N 10,43000° Ø');
	});

	it('uses S and V south of the equator and west of Greenwich', () => {
		expect(formatLatLon(-3.5, -12.25)).toBe('12,25000° S 3,50000° V');
	});
});

describe('formatLength and formatArea', () => {
	it('writes metres, then kilometres from 10 km', () => {
		expect(formatLength(561.2)).toBe('561 m');
		expect(formatLength(12_345)).toBe('12,3 km');
	});

	it('writes m² with dekar, then km² from 1 km²', () => {
		expect(formatArea(5_600)).toBe('5\u00a0600 m² (5,6 daa)');
		expect(formatArea(2_500_000)).toBe('2,5 km²');
	});
});

describe('register figures', () => {
	it('writes counts, m², kroner and percentages the Norwegian way', () => {
		// Intl writes a no-break space (U+00A0) between thousands in nb-NO.
		const plain = (s: string) => s.replace(/\u00a0/g, ' ');
		expect(plain(formatCount(12345))).toBe('12 345');
		expect(formatCount(null)).toBe('–');
		expect(plain(formatM2(4000))).toBe('4 000 m²');
		expect(plain(formatNok(8_000_000))).toBe('8 mill. kr');
		expect(plain(formatNok(8_250_000))).toBe('8,3 mill. kr');
		expect(plain(formatNok(950_000))).toBe('950 000 kr');
		expect(formatPercent(0.873)).toBe('87 %');
		expect(formatDecimal(22.2222)).toBe('22,2');
	});
});

describe('formatConflictArea', () => {
	it('shows small pieces with two decimals and large ones whole', () => {
		expect(formatConflictArea(0.296)).toBe('0,30 m²');
		expect(formatConflictArea(4200.17)).toBe('4 200 m²'.replace(' ', '\u00a0'));
	});
});
