import { describe, expect, it } from 'vitest';
import { ParseError } from '../../errors';
import { decodeXml } from './decode-xml';

function latin1Bytes(text: string): Uint8Array {
	return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

describe('decodeXml', () => {
	it('decodes UTF-8 by default', () => {
		const bytes = new TextEncoder().encode('<a>Områdenavn</a>');
		expect([...decodeXml(bytes)].join('')).toBe('<a>Områdenavn</a>');
	});

	it('honours an ISO-8859-1 declaration', () => {
		const text = '<?xml version="1.0" encoding="ISO-8859-1"?><a>Røyken</a>';
		expect([...decodeXml(latin1Bytes(text))].join('')).toBe(text);
	});

	it('keeps a character split across chunks whole', () => {
		const long = 'ø'.repeat(70_000);
		const bytes = new TextEncoder().encode(`<a>${long}</a>`);
		expect([...decodeXml(bytes)].join('')).toBe(`<a>${long}</a>`);
	});

	it('refuses Latin-1 bytes that claim to be UTF-8', () => {
		expect(() => [...decodeXml(latin1Bytes('<a>Røyken</a>'), 'a.gml')]).toThrow(
			expect.objectContaining({ reason: 'malformed-gml', location: { file: 'a.gml' } })
		);
	});

	it('names an unknown encoding', () => {
		const bytes = latin1Bytes('<?xml version="1.0" encoding="x-klingon"?><a/>');
		expect(() => [...decodeXml(bytes)]).toThrow(ParseError);
	});

	it('drops a byte-order mark left in a string', () => {
		expect([...decodeXml('\ufeff<a/>')].join('')).toBe('<a/>');
	});

	it('passes strings through in chunks', () => {
		const text = `<a>${'x'.repeat(200_000)}</a>`;
		const chunks = [...decodeXml(text)];
		expect({ count: chunks.length, joined: chunks.join('') === text }).toEqual({
			count: 4,
			joined: true
		});
	});
});
