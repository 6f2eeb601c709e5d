import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { FeatureCollection } from 'geojson';

/*
 * GDAL (Debian's gdal-bin) is the independent oracle for what Planbord writes: its SOSI
 * driver is FYBA, Kartverket's own library. CI installs it (.ci/run); on a machine without
 * it the GDAL tests fail loudly under CI=true and are reported as skipped otherwise.
 */

/** True when `ogr2ogr` runs here. */
export const gdalAvailable: boolean =
	spawnSync('ogr2ogr', ['--version'], { encoding: 'utf8' }).status === 0;

/** Whether GDAL tests must run: always in CI (where a missing GDAL is a failure), else if installed. */
export const runGdalTests: boolean = gdalAvailable || process.env.CI === 'true';

/**
 * Reads a file through GDAL and returns its features as GeoJSON in the file's own CRS
 * (`-lco RFC7946=NO` keeps the coordinates untouched). The file is copied to a fresh
 * folder first: reading SOSI makes GDAL write an index folder beside it.
 * @example readWithGdal('merged.sos', bytes).features.length
 */
export function readWithGdal(
	fileName: string,
	content: Uint8Array | string,
	layer?: string
): FeatureCollection {
	const dir = mkdtempSync(join(tmpdir(), 'planbord-gdal-'));
	try {
		const path = join(dir, basename(fileName));
		writeFileSync(path, content);
		const out = join(dir, 'out.geojson');
		// GeoJSON holds one layer: SOSI files open as `polygons`, `lines`, `points`, … layers.
		const args = ['-f', 'GeoJSON', '-lco', 'RFC7946=NO', out, path, ...(layer ? [layer] : [])];
		execFileSync('ogr2ogr', args, {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe']
		});
		return JSON.parse(readFileSync(out, 'utf8')) as FeatureCollection;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Like readWithGdal, for a file already on disk (copied so GDAL's side files land elsewhere). */
export function readFileWithGdal(path: string, layer?: string): FeatureCollection {
	const dir = mkdtempSync(join(tmpdir(), 'planbord-gdal-'));
	try {
		const copy = join(dir, basename(path));
		copyFileSync(path, copy);
		const out = join(dir, 'out.geojson');
		const args = ['-f', 'GeoJSON', '-lco', 'RFC7946=NO', out, copy, ...(layer ? [layer] : [])];
		execFileSync('ogr2ogr', args, {
			stdio: ['ignore', 'pipe', 'pipe']
		});
		return JSON.parse(readFileSync(out, 'utf8')) as FeatureCollection;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
