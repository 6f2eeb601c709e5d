import { createHash } from 'node:crypto';
import { PlanbordError } from '$lib/errors';
import { reasonText } from '$lib/i18n/nb';
import { parseTileAddress } from '$lib/tiles/tile-address';
import type { DatabaseHandle } from '../db/handle';
import { renderTile } from './render-tile';
import { tileLayer } from './tile-layers';

/**
 * Tiles change when data is edited, so the browser may keep them briefly and then
 * revalidate. `private`: they need an account or a share link, so a shared cache must not
 * hand them to anyone else.
 */
const CACHE_CONTROL = 'private, max-age=60, must-revalidate';

/**
 * The HTTP answer for GET /tiles/{layer}/{z}/{x}/{y}: 200 with the MVT, 204 for an empty
 * tile, 304 when the client's ETag still matches, 400 with a bokmål message for an unknown
 * layer or an address outside the grid.
 */
export async function tileResponse(
	handle: DatabaseHandle,
	params: { layer: string; z: string; x: string; y: string },
	ifNoneMatch: string | null,
	search?: URLSearchParams
): Promise<Response> {
	let layer, address;
	try {
		layer = tileLayer(params.layer, search);
		address = parseTileAddress(params.z, params.x, params.y);
	} catch (error) {
		if (!(error instanceof PlanbordError)) throw error;
		return new Response(`${reasonText(error.reason)}: ${error.detail}`, {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	const bytes = await renderTile(handle, layer, address);
	const etag = `"${createHash('sha1').update(bytes).digest('base64url')}"`;
	const headers = { 'cache-control': CACHE_CONTROL, etag };
	if (ifNoneMatch === etag) return new Response(null, { status: 304, headers });
	if (bytes.length === 0) return new Response(null, { status: 204, headers });
	// Tiles are always backed by a plain ArrayBuffer (never shared memory), as BodyInit requires.
	return new Response(bytes as Uint8Array<ArrayBuffer>, {
		headers: { ...headers, 'content-type': 'application/vnd.mapbox-vector-tile' }
	});
}
