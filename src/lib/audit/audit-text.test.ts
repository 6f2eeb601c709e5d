import { describe, expect, it } from 'vitest';
import { formatAuditTime } from './audit-text';

describe('formatAuditTime', () => {
	it('shows the time in Norwegian time, summer and winter', () => {
		expect(formatAuditTime('2025-03-05T13:05:09.000Z')).toBe('05.03.2025, 14:05:09');
		expect(formatAuditTime('2025-07-01T22:30:00.000Z')).toBe('02.07.2025, 00:30:00');
	});

	it('returns text that is not a time as it is', () => {
		expect(formatAuditTime('ukjent')).toBe('ukjent');
	});
});
