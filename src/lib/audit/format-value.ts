import type { ConditionGrade } from '../buildings/types';
import { PART_LABEL } from '../i18n/buildings';

/*
 * Value formatters for the audit log's field changes. Each takes a JSON value as the
 * database stored it (numbers, strings, booleans, objects) and returns bokmål text; null
 * and undefined are '–', as everywhere else in Planbord.
 */

/** How a value the log stores but never shows (geometry, a secret's fingerprint) reads. */
export const HIDDEN = { set: 'satt', changed: 'endret', removed: 'fjernet' } as const;

const NONE = '–';
const MAX_TEXT = 160;

const whole = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const upToOneDecimal = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
const upToThreeDecimals = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 3 });
const date = new Intl.DateTimeFormat('nb-NO', {
	dateStyle: 'short',
	timeZone: 'Europe/Oslo'
});
const dateTime = new Intl.DateTimeFormat('nb-NO', {
	dateStyle: 'short',
	timeStyle: 'short',
	timeZone: 'Europe/Oslo'
});

export type Format = (value: unknown) => string;

const present = (value: unknown): value is NonNullable<unknown> =>
	value !== null && value !== undefined;

function asNumber(value: unknown): number | null {
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
		return Number(value);
	}
	return null;
}

/** A number with a formatter; anything that is not a number is shown as plain text. */
const numberWith =
	(format: (n: number) => string): Format =>
	(value) => {
		if (!present(value)) return NONE;
		const n = asNumber(value);
		return n === null ? plain(value) : format(n);
	};

/** Floor area with one decimal at most: a 0.4 m² correction must not read as no change. */
export const formatFloorArea = numberWith((n) => `${upToOneDecimal.format(n)} m²`);
/** A zone's area in whole m². */
export const formatZoneArea = numberWith((n) => `${whole.format(n)} m²`);
/** Whole kroner, never rounded to millions: the log is for exact figures. */
export const formatKroner = numberWith((n) => `${whole.format(n)} kr`);
/** A count with thousands spacing: "12 345". */
export const formatCount = numberWith((n) => whole.format(n));
/** A measured value: "15,25". */
export const formatDecimal = numberWith((n) => upToThreeDecimals.format(n));
/** A number as written, without thousands spacing (years, gnr/bnr, ids, versions). */
export const formatId = numberWith((n) => String(n).replace('.', ','));

/** A grade 0–3 as NS 3424 writes it: "TG2". */
export const formatCondition = numberWith((n) => `TG${n}`);

/** Grades per building part: "Bygning TG2, VVS TG1". */
export const formatConditionByPart: Format = (value) => {
	if (!present(value) || typeof value !== 'object' || Array.isArray(value)) return plain(value);
	const parts = Object.entries(value as Record<string, ConditionGrade>);
	if (parts.length === 0) return NONE;
	return parts
		.map(([part, grade]) => `${PART_LABEL[part as keyof typeof PART_LABEL] ?? part} TG${grade}`)
		.join(', ');
};

export const formatBoolean: Format = (value) =>
	!present(value) ? NONE : value === true || value === 'true' ? 'ja' : 'nei';

/** A date (YYYY-MM-DD) or timestamp as a Norwegian date: "31.12.2019". */
export const formatDate: Format = (value) => formatTime(value, date);

/** A timestamp with the time of day in Norwegian time: "31.12.2019, 14:05". */
export const formatDateTime: Format = (value) => formatTime(value, dateTime);

function formatTime(value: unknown, format: Intl.DateTimeFormat): string {
	if (typeof value !== 'string') return plain(value);
	const time = new Date(value);
	return Number.isNaN(time.getTime()) ? plain(value) : format.format(time);
}

/** A code shown through a label table; an unknown code as it is. */
export const formatCode =
	(labels: Readonly<Record<string, string>>): Format =>
	(value) =>
		!present(value) ? NONE : (labels[String(value)] ?? String(value));

/** A list by its length: "3 merknader". */
export const formatListLength =
	(singular: string, plural: string): Format =>
	(value) =>
		Array.isArray(value)
			? `${value.length} ${value.length === 1 ? singular : plural}`
			: plain(value);

/** Any JSON value as short text; long text and objects are cut with an ellipsis. */
export const plain: Format = (value) => {
	if (!present(value)) return NONE;
	if (typeof value === 'boolean') return formatBoolean(value);
	if (typeof value === 'number') return formatId(value);
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	if (text === '') return '«»';
	return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
};

/**
 * Whether a value is one the log never prints: GeoJSON geometry (the triggers store it as
 * GeoJSON) or an md5 fingerprint the triggers put in place of a secret or derived column.
 */
export function isHiddenValue(value: unknown): boolean {
	if (typeof value === 'string') return /^md5:[0-9a-f]{32}$/.test(value);
	if (!present(value) || typeof value !== 'object' || Array.isArray(value)) return false;
	const type = (value as { type?: unknown }).type;
	return (
		typeof type === 'string' &&
		('coordinates' in value || 'geometries' in value) &&
		/^(Multi)?(Point|LineString|Polygon)$|^GeometryCollection$/.test(type)
	);
}
