import { describe, expect, it } from 'vitest';
import { toPosition } from './local-frame';
import { alongLonLat, localFromLonLat } from './lon-lat';

describe('localFromLonLat', () => {
	it('projects Asker sentrum to EUREF89 UTM 32 (cs2cs: 580 439.9 6 633 684.0)', () => {
		const [e, n] = toPosition(localFromLonLat([10.435, 59.833]));
		expect([Math.round(e!), Math.round(n!)]).toEqual([580440, 6633684]);
	});
});

describe('alongLonLat', () => {
	it('is the start at 0 and the end at 1', () => {
		const a: [number, number] = [10.4, 59.7];
		const b: [number, number] = [10.5, 59.8];
		expect([alongLonLat(a, b, 0), alongLonLat(a, b, 1)]).toEqual([
			localFromLonLat(a),
			localFromLonLat(b)
		]);
	});
});
