import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/handle';
import { importPlans, type ImportedPlan } from './import-plans';

const PLAN_FILE = /\.(sos|gml|geojson)$/i;

/**
 * Imports the shipped sample plans (geodata/plans) as source plans, so a newcomer can run a
 * merge at once. Files imported before are recognised by their hash and left alone.
 * @example await seedPlans(db, 'geodata/plans')
 */
export async function seedPlans(db: Db, folder: string): Promise<ImportedPlan[]> {
	if (!existsSync(folder)) return [];
	const files = readdirSync(folder)
		.filter((name) => PLAN_FILE.test(name))
		.sort();
	if (files.length === 0) return [];
	return importPlans(
		db,
		files.map((fileName) => ({ fileName, bytes: readFileSync(join(folder, fileName)) }))
	);
}
