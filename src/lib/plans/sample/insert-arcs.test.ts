import { describe, expect, it } from 'vitest';
import { circleArcs, densifyArcs } from './arc-ring';
import { insertArcs } from './insert-arcs';
import { toPosition } from './local-frame';

const arcs = circleArcs({ x: 0, y: 0 }, 1);
const ring = densifyArcs(arcs);
const fileRing = (reversed: boolean) => {
	const points = ring.map((p) => toPosition(p)).map(([e, n]) => `${n! * 1000} ${e! * 1000}`);
	const closed = [...points, points[0]!];
	if (reversed) closed.reverse();
	closed[closed.length - 1] += ' ...KP 1';
	return closed;
};
const text = [
	'.HODE',
	'.KURVE 1:',
	'..OBJTYPE KpArealGrense',
	'..NØ',
	'6599990000 499990000',
	'6599990000 500010000',
	'6600010000 500010000',
	'6600010000 499990000',
	'6599990000 499990000 ...KP 1',
	'.KURVE 2:',
	'..OBJTYPE KpArealGrense',
	'..NØ',
	...fileRing(true),
	'.FLATE 3:',
	'..REF :1 (:2)',
	'..NØ',
	'6600005000 500005000',
	'.KURVE 4:',
	'..OBJTYPE KpArealGrense',
	'..NØ',
	...fileRing(false),
	'.FLATE 5:',
	'..REF :4',
	'..NØ',
	'6600000000 500000000',
	'.SLUTT',
	''
].join('\r\n');
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('insertArcs', () => {
	it('replaces the island ring and the hole by shared .BUEPs, the hole backwards', () => {
		const out = Buffer.from(insertArcs(latin1(text), [{ arcs, ring }], 0.001)).toString('latin1');
		const lines = out.split('\r\n');
		expect(lines.filter((l) => /^\.[A-Z]/.test(l))).toEqual([
			'.HODE',
			'.KURVE 1:',
			'.BUEP 6:',
			'.BUEP 7:',
			'.BUEP 8:',
			'.BUEP 9:',
			'.FLATE 3:',
			'.FLATE 5:',
			'.SLUTT'
		]);
		expect(lines.filter((l) => l.startsWith('..REF'))).toEqual([
			'..REF :1 (:-9 :-8 :-7 :-6)',
			'..REF :6 :7 :8 :9'
		]);
		const first = lines.indexOf('.BUEP 6:');
		expect(lines.slice(first, first + 6)).toEqual([
			'.BUEP 6:',
			'..OBJTYPE KpArealGrense',
			'..NØ',
			'6600000000 500001000',
			'6600000707 500000707',
			'6600001000 500000000 ...KP 1'
		]);
	});

	it('refuses a ring it does not find twice', () => {
		const other = densifyArcs(circleArcs({ x: 0, y: 0 }, 2));
		expect(() => insertArcs(latin1(text), [{ arcs, ring: other }], 0.001)).toThrow(RangeError);
	});
});
