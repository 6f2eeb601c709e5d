import { describe, expect, it } from 'vitest';
import { latin1Sos } from './fixtures/bytes';
import { sniffCharset } from './sniff-charset';

describe('sniffCharset', () => {
	it('finds ..TEGNSETT and its line in the undecoded header', () => {
		const bytes = latin1Sos(
			'.HODE\n..TRANSPAR\n...ORIGO-NØ 0 0\n..TEGNSETT ISO8859-10 ! kommentar\n.SLUTT\n'
		);
		expect(sniffCharset(bytes)).toEqual({ value: 'ISO8859-10', line: 4, bom: false });
	});

	it('stops at the first object: a TEGNSETT further down is not the header’s', () => {
		const bytes = latin1Sos('.HODE\n..SOSI-VERSJON 4.5\n.KURVE 1:\n..TEGNSETT UTF-8\n');
		expect(sniffCharset(bytes).value).toBeNull();
	});

	it('reports a UTF-8 byte-order mark', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...latin1Sos('.HODE\n..TEGNSETT UTF-8\n')]);
		expect(sniffCharset(bytes)).toEqual({ value: 'UTF-8', line: 2, bom: true });
	});
});
