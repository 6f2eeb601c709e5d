import { describe, expect, it } from 'vitest';
import { isUuid, uuidFromName } from './derive-uuid';

// The DNS namespace of RFC 9562 Appendix A; Python's uuid.uuid5(uuid.NAMESPACE_DNS,
// 'www.example.com') gives 2ed6657d-e927-568b-95e1-2665a8aea6a2 (RFC 9562 §A.4).
const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('uuidFromName', () => {
	it('matches the RFC 9562 version 5 example', () => {
		expect(uuidFromName('www.example.com', DNS)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
	});

	it('is stable, distinct per name and a valid UUID', () => {
		const a = uuidFromName('12');
		expect([a === uuidFromName('12'), a === uuidFromName('13'), isUuid(a)]).toEqual([
			true,
			false,
			true
		]);
	});

	// Expected values from Python: uuid.uuid5(uuid.UUID(PLANBORD_UUID_NAMESPACE), name).
	it.each([
		['12', '64ee8f57-3d18-51d2-958e-20a744e68fa4'],
		['Røyken', 'fe0f3512-457a-5d07-8f59-4b97d366bc33'],
		['Kommuneplanens arealdel '.repeat(10), 'a8ccee09-1e54-5215-83e2-5940b44937ec']
	])("derives %j in Planbord's namespace as Python does", (name, expected) => {
		expect(uuidFromName(name)).toBe(expected);
	});
});

describe('isUuid', () => {
	it.each([
		['3f6d2c1a-8b4e-4f7a-9d2c-1e5b6a7c8d01', true],
		['3F6D2C1A-8B4E-4F7A-9D2C-1E5B6A7C8D01', true],
		['12', false],
		['_3f6d2c1a-8b4e-4f7a-9d2c-1e5b6a7c8d01', false]
	])('%s → %s', (text, expected) => {
		expect(isUuid(text)).toBe(expected);
	});
});
