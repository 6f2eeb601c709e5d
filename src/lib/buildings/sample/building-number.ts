import type { BuildingCategory, OldMunicipality } from '../types';
import { BUILDING_CATEGORIES, OLD_MUNICIPALITIES } from '../types';
import { hashString } from './prng';

/*
 * Sample building numbers are nine digits starting with 9, a range the matrikkel has not
 * reached, so they can never be mistaken for (or collide with) real bygningsnummer. The
 * second digit says where the record came from:
 *   91 + NSR id (7 digits)           kindergarten from the national kindergarten register
 *   92 + hash of the name (7 digits) school (Udir name, no NSR id in the shared file)
 *   93 + hash of the name (7 digits) library
 *   95 + municipality + category + sequence (5 digits)  invented building
 */

/** True for a number made by this module (nine digits starting with 9). */
export function isSampleBuildingNumber(value: string): boolean {
	return /^9\d{8}$/.test(value);
}

/**
 * Number of a kindergarten from its NSR id.
 * @example kindergartenNumber('1016589') // '911016589'
 */
export function kindergartenNumber(nsrId: string): string {
	if (!/^\d{1,7}$/.test(nsrId)) throw new RangeError(`NSR id "${nsrId}" is not 1–7 digits`);
	return `91${nsrId.padStart(7, '0')}`;
}

/**
 * Number of a real building known only by name (school or library).
 * @example namedBuildingNumber('school', 'Heggedal Skole') // '92' + 7 digits
 */
export function namedBuildingNumber(kind: 'school' | 'library', name: string): string {
	const prefix = kind === 'school' ? '92' : '93';
	return `${prefix}${String(hashString(name.trim().toLowerCase()) % 10_000_000).padStart(7, '0')}`;
}

/**
 * Number of an invented building: its municipality, category and place in the sequence.
 * @example generatedBuildingNumber('0627', 'housing', 12) // '952700012'
 */
export function generatedBuildingNumber(
	municipality: OldMunicipality,
	category: BuildingCategory,
	sequence: number
): string {
	if (!Number.isInteger(sequence) || sequence < 0 || sequence > 99_999) {
		throw new RangeError(`sequence ${sequence} is outside 0–99999`);
	}
	const m = OLD_MUNICIPALITIES.indexOf(municipality) + 1;
	const c = BUILDING_CATEGORIES.indexOf(category);
	return `95${m}${c}${String(sequence).padStart(5, '0')}`;
}
