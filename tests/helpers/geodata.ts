import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';

/** The shipped geodata/municipalities folder. */
export const MUNICIPALITIES_FOLDER = resolve('geodata/municipalities');

/**
 * A private copy of geodata/municipalities that a test may break without touching the real
 * one; removed again when the test finishes.
 */
export function copyMunicipalitiesFolder(): string {
	const folder = mkdtempSync(join(tmpdir(), 'planbord-geodata-'));
	cpSync(MUNICIPALITIES_FOLDER, folder, { recursive: true });
	onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
	return folder;
}

/** Rewrites one JSON file in a folder through `change`. */
export function editJson(folder: string, file: string, change: (data: any) => void): void {
	const path = join(folder, file);
	const data = JSON.parse(readFileSync(path, 'utf8'));
	change(data);
	writeFileSync(path, JSON.stringify(data));
}

export const OFFICIAL_AREAS = JSON.parse(
	readFileSync(join(MUNICIPALITIES_FOLDER, 'official-areas.json'), 'utf8')
) as { areas: Record<string, { total: number; land?: number }> };
