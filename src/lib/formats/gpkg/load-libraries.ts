import type { SqlJsStatic } from 'sql.js';

/** Where sql.js finds `sql-wasm.wasm`; given the file name, returns a path or URL. */
export type LocateWasm = (file: string) => string;

export interface GeoPackageLibraryOptions {
	/**
	 * Only needed in a browser bundle, where sql.js fetches its wasm relative to the page
	 * (pass e.g. the `?url` import of `sql.js/dist/sql-wasm-browser.wasm`). In Node (vitest,
	 * the adapter-node server) sql.js is loaded from node_modules and reads the wasm beside
	 * itself, so the default needs nothing.
	 */
	locateFile?: LocateWasm;
}

const sqlJsByLocator = new Map<LocateWasm | undefined, Promise<SqlJsStatic>>();

/**
 * Loads and instantiates sql.js once per locator. The import is dynamic so that modules
 * which only write GeoJSON do not pull 700 kB of WebAssembly into a client bundle.
 * @example const SQL = await loadSqlJs(); new SQL.Database()
 */
export function loadSqlJs({ locateFile }: GeoPackageLibraryOptions = {}): Promise<SqlJsStatic> {
	let loading = sqlJsByLocator.get(locateFile);
	if (!loading) {
		loading = import('sql.js').then((mod) => {
			// sql.js is CommonJS: Node's ESM loader and Vite put module.exports on `default`.
			const init = mod.default ?? (mod as unknown as typeof mod.default);
			return init(locateFile ? { locateFile } : undefined);
		});
		// A failed load (wasm not found) must not stay cached: the next call tries again.
		loading.catch(() => sqlJsByLocator.delete(locateFile));
		sqlJsByLocator.set(locateFile, loading);
	}
	return loading;
}

type Wkx = typeof import('wkx');

/**
 * Loads wkx on first use. wkx touches Node's `Buffer` when its module is evaluated, so a
 * static import would break any browser bundle that merely contains the zone readers.
 */
export async function loadWkx(): Promise<Wkx> {
	const mod = (await import('wkx')) as Wkx & { default?: Wkx };
	return mod.default ?? mod;
}
