/** Planbord's namespace for name-based UUIDs (RFC 9562 §5.5); a fixed random UUID. */
export const PLANBORD_UUID_NAMESPACE = '4f1c2b8e-6d3a-4e57-9b0c-8a2f5e7d1c63';

const ENCODER = new TextEncoder();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True for a UUID in its canonical text form, which NPAD requires of lokalId (gml.uuid.1).
 * @example isUuid('12') // false
 */
export function isUuid(text: string): boolean {
	return UUID.test(text);
}

/**
 * A version 5 (SHA-1, name-based) UUID: the same name always gives the same UUID, so a
 * plan written twice keeps its lokalIds, and different names practically never collide.
 * @example uuidFromName('12') // the same UUID on every run
 */
export function uuidFromName(name: string, namespace = PLANBORD_UUID_NAMESPACE): string {
	const space = namespace.replace(/-/g, '');
	const encoded = ENCODER.encode(name);
	const bytes = new Uint8Array(16 + encoded.length);
	for (let i = 0; i < 16; i++) bytes[i] = parseInt(space.slice(2 * i, 2 * i + 2), 16);
	bytes.set(encoded, 16);
	const hash = sha1(bytes).slice(0, 16);
	hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
	hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
	const hex = [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * SHA-1 (FIPS 180-4 §6.1). Written out because domain code may not use node:crypto and
 * WebCrypto's digest is asynchronous; it identifies names here, it protects nothing.
 */
function sha1(message: Uint8Array): Uint8Array {
	const length = Math.ceil((message.length + 9) / 64) * 64;
	const padded = new Uint8Array(length);
	padded.set(message);
	padded[message.length] = 0x80;
	const view = new DataView(padded.buffer);
	view.setUint32(length - 8, Math.floor(message.length / 0x20000000));
	view.setUint32(length - 4, (message.length * 8) >>> 0);
	const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
	const w = new Uint32Array(80);
	for (let block = 0; block < length; block += 64) {
		for (let t = 0; t < 16; t++) w[t] = view.getUint32(block + 4 * t);
		for (let t = 16; t < 80; t++)
			w[t] = rotl((w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!) >>> 0, 1);
		let [a, b, c, d, e] = h as [number, number, number, number, number];
		for (let t = 0; t < 80; t++) {
			let f: number;
			let k: number;
			if (t < 20) [f, k] = [(b & c) | (~b & d), 0x5a827999];
			else if (t < 40) [f, k] = [b ^ c ^ d, 0x6ed9eba1];
			else if (t < 60) [f, k] = [(b & c) | (b & d) | (c & d), 0x8f1bbcdc];
			else [f, k] = [b ^ c ^ d, 0xca62c1d6];
			const next = (rotl(a, 5) + f + e + k + w[t]!) >>> 0;
			e = d;
			d = c;
			c = rotl(b, 30);
			b = a;
			a = next;
		}
		[a, b, c, d, e].forEach((value, i) => (h[i] = (h[i]! + value) >>> 0));
	}
	const out = new Uint8Array(20);
	const outView = new DataView(out.buffer);
	h.forEach((value, i) => outView.setUint32(4 * i, value));
	return out;
}

function rotl(x: number, n: number): number {
	return ((x << n) | (x >>> (32 - n))) >>> 0;
}
