import type { ProblemCode } from './problems';
import type { Cell } from './types';

/** A parsed cell: the value (null for an empty cell) or the code of what is wrong with it. */
export type CellResult<T> = { ok: true; value: T | null } | { ok: false; code: ProblemCode };

const ok = <T>(value: T | null): CellResult<T> => ({ ok: true, value });
const fail = <T>(code: ProblemCode): CellResult<T> => ({ ok: false, code });

/** Every kind of space people and spreadsheets put between thousands. */
const SPACES = /[\s\u00a0\u2007\u2009\u200a\u202f]/g;
/** Currency and area units before or after the number: "kr 12 000,-", "12 000 NOK", "12,5 m²". */
const AFFIX = /^(?:kr\.?|nok)|(?:kr\.?|nok|,-|\.-|m²|m2|kvm)$/i;

/**
 * Reads a number written the Norwegian way or the English way: "1 234,5", "1.234,5",
 * "1234.5", "1,234.5", with any kind of space as thousands separator and with "kr", "NOK",
 * ",-" or "m²" around it. A single dot followed by exactly three digits ("12.500") could be
 * either, and is reported as `ambiguous-number` rather than guessed, because the two
 * readings differ a thousandfold; `dotIsDecimal` reads it as a decimal point, for columns
 * such as degrees where a thousands separator makes no sense.
 * @example parseNumber('kr 1 234,50') // { ok: true, value: 1234.5 }
 */
export function parseNumber(cell: Cell, { dotIsDecimal = false } = {}): CellResult<number> {
	if (cell === null) return ok(null);
	if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('not-a-number');
	if (cell instanceof Date) return fail('not-a-number');
	let text = cell.trim();
	if (text === '') return ok(null);
	for (let before = ''; before !== text;) {
		before = text;
		text = text.replace(AFFIX, '').trim();
	}
	text = text.replace(SPACES, '').replace(/^\u2212/, '-');
	const value = readDigits(text);
	if (value === 'ambiguous') return dotIsDecimal ? ok(Number(text)) : fail('ambiguous-number');
	return value === null ? fail('not-a-number') : ok(value);
}

function readDigits(text: string): number | 'ambiguous' | null {
	const match = /^([-+]?)([\d.,]+)$/.exec(text);
	if (!match) return null;
	const [, sign, body = ''] = match;
	if (/^[1-9]\d{0,2}\.\d{3}$/.test(body)) return 'ambiguous';
	let plain: string | null = null;
	if (/^\d*$/.test(body)) plain = body;
	else if (/^\d*[.,]\d+$/.test(body)) plain = body.replace(',', '.');
	else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(body)) {
		plain = body.replace(/\./g, '').replace(',', '.');
	} else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body) && /\.|,.*,/.test(body)) {
		plain = body.replace(/,/g, '');
	}
	if (plain === null || plain === '') return null;
	return Number(`${sign}${plain}`);
}

/**
 * A whole number, in any of the notations `parseNumber` reads.
 * @example parseInteger('1 975') // { ok: true, value: 1975 }
 */
export function parseInteger(cell: Cell): CellResult<number> {
	const result = parseNumber(cell);
	if (!result.ok || result.value === null || Number.isInteger(result.value)) return result;
	return fail('not-an-integer');
}

/**
 * A calendar year: a whole number, or the year of a date cell. The range is checked by the
 * validator, which knows today's date.
 * @example parseYear(new Date(Date.UTC(1975, 0, 1))) // { ok: true, value: 1975 }
 */
export function parseYear(cell: Cell): CellResult<number> {
	if (cell instanceof Date) {
		return Number.isNaN(cell.getTime()) ? fail('not-an-integer') : ok(cell.getUTCFullYear());
	}
	return parseInteger(cell);
}

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 date system; right for every serial from 1 March 1900 on. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** 31.12.9999, the last date Excel can show. */
const EXCEL_MAX_SERIAL = 2_958_465;

/**
 * An ISO date (YYYY-MM-DD) from a date cell, an Excel serial number, "2024-05-31" (a time
 * after it is ignored), or "31.05.2024" / "31/5/2024". Date cells are read in UTC, as exceljs
 * writes them.
 * @example parseDate('1.2.2024') // { ok: true, value: '2024-02-01' }
 */
export function parseDate(cell: Cell): CellResult<string> {
	if (cell === null) return ok(null);
	if (cell instanceof Date) {
		return Number.isNaN(cell.getTime()) ? fail('not-a-date') : ok(isoDate(cell));
	}
	if (typeof cell === 'number') {
		if (!(cell >= 1 && cell < EXCEL_MAX_SERIAL + 1)) return fail('not-a-date');
		return ok(isoDate(new Date(EXCEL_EPOCH + Math.floor(cell) * MS_PER_DAY)));
	}
	const text = cell.trim();
	if (text === '') return ok(null);
	const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
	const nordic = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
	const [year, month, day] = iso
		? [iso[1], iso[2], iso[3]]
		: nordic
			? [nordic[3], nordic[2], nordic[1]]
			: [];
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	const valid =
		date.getUTCFullYear() === Number(year) &&
		date.getUTCMonth() === Number(month) - 1 &&
		date.getUTCDate() === Number(day);
	return valid ? ok(isoDate(date)) : fail('not-a-date');
}

function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * Text, trimmed; numbers as JavaScript writes them, dates as ISO dates; empty as null.
 * @example parseText('  Hval skole ') // { ok: true, value: 'Hval skole' }
 */
export function parseText(cell: Cell): CellResult<string> {
	if (cell === null) return ok(null);
	if (cell instanceof Date) return parseDate(cell);
	const text = String(cell).trim();
	return ok(text === '' ? null : text);
}

/**
 * A matrikkel bygningsnummer: 1–10 digits (spaces allowed between them), leading zeros
 * dropped so "0080012345" and 80012345 are the same key.
 * @example parseBuildingNumber('80 012 345') // { ok: true, value: '80012345' }
 */
export function parseBuildingNumber(cell: Cell): CellResult<string> {
	const text = parseText(cell);
	if (!text.ok || text.value === null) return text;
	const digits = text.value.replace(SPACES, '');
	if (!/^\d{1,10}$/.test(digits) || /^0+$/.test(digits)) return fail('invalid-building-number');
	return ok(digits.replace(/^0+/, ''));
}

/**
 * "gnr/bnr" in one column, optionally with festenummer and seksjonsnummer after it
 * ("12/34/0/0") and a kommunenummer before it ("0220-12/34"), which are dropped.
 * @example parseGnrBnr('12/34') // { ok: true, value: [12, 34] }
 */
export function parseGnrBnr(cell: Cell): CellResult<[number, number]> {
	const text = parseText(cell);
	if (!text.ok || text.value === null) return ok(null);
	const match = /^(?:\d{3,4}\s*-\s*)?(\d+)\s*\/\s*(\d+)(?:\s*\/\s*\d+){0,2}$/.exec(text.value);
	if (!match) return fail('invalid-gnr-bnr');
	const gnr = Number(match[1]);
	const bnr = Number(match[2]);
	return gnr > 0 && bnr > 0 ? ok([gnr, bnr]) : fail('invalid-gnr-bnr');
}
