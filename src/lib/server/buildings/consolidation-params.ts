import {
	DEFAULT_CONSOLIDATION_OPTIONS,
	type ConsolidationOptions
} from '$lib/efficiency/consolidation';
import type { ConditionGrade } from '$lib/buildings/types';

/*
 * The consolidation page and its map endpoint take the same query parameters, in bokmål so
 * a shared link reads naturally: `?avstand=1500&utnyttelse=60&etterslep=2500&tg=3`.
 * A bad value never fails the request: it is reported and its default used instead.
 */

/** Query parameter names: distance, utilisation, backlog, condition grade. */
export type ConsolidationParam = 'avstand' | 'utnyttelse' | 'etterslep' | 'tg';

/** Why a parameter was not used (English codes; bokmål text in `$lib/i18n/consolidation`). */
type ParamProblemReason = 'not-a-number' | 'out-of-range' | 'not-whole';

interface ParamProblem {
	param: ConsolidationParam;
	/** What the link said, as given. */
	value: string;
	reason: ParamProblemReason;
}

/** Allowed range of each parameter in the unit the form shows (m, %, kr/m², TG). */
export const PARAM_RANGE: Record<ConsolidationParam, { min: number; max: number }> = {
	// New Asker is about 45 km from Vettre to Hurum's southern tip; 100 km covers any pair.
	avstand: { min: 0, max: 100_000 },
	utnyttelse: { min: 0, max: 100 },
	etterslep: { min: 0, max: 1_000_000 },
	tg: { min: 0, max: 3 }
};

/** The form's values as text, in the units the form shows. */
export type ConsolidationFormValues = Record<ConsolidationParam, string>;

interface ParsedConsolidationParams {
	options: ConsolidationOptions;
	/** What the form shows: the value used for each parameter. */
	values: ConsolidationFormValues;
	problems: ParamProblem[];
}

/**
 * Reads the consolidation criteria from a query string. A missing or blank parameter takes
 * its default silently (an emptied form field); a malformed or out-of-range one takes its
 * default with a problem saying so. Accepts a decimal comma and spaces between thousands.
 * @example parseConsolidationParams(new URLSearchParams('avstand=1 500')).options.maxDistance // 1500
 */
export function parseConsolidationParams(params: URLSearchParams): ParsedConsolidationParams {
	const problems: ParamProblem[] = [];
	const read = (param: ConsolidationParam, fallback: number): number => {
		const raw = params.get(param);
		if (raw === null || raw.trim() === '') return fallback;
		const result = parseNumber(raw, PARAM_RANGE[param], param === 'tg');
		if (typeof result === 'number') return result;
		problems.push({ param, value: raw, reason: result });
		return fallback;
	};
	const d = DEFAULT_CONSOLIDATION_OPTIONS;
	const options: ConsolidationOptions = {
		...d,
		maxDistance: read('avstand', d.maxDistance),
		lowUtilisation: read('utnyttelse', d.lowUtilisation * 100) / 100,
		highBacklogPerM2: read('etterslep', d.highBacklogPerM2),
		poorCondition: read('tg', d.poorCondition) as ConditionGrade
	};
	return { options, values: formValues(options), problems };
}

/** The form's text for a set of options; the defaults give the empty page's form. */
export function formValues(options: ConsolidationOptions): ConsolidationFormValues {
	return {
		avstand: String(options.maxDistance),
		// 0.7 * 100 is 70.00000000000001 in binary floating point.
		utnyttelse: String(Math.round(options.lowUtilisation * 100 * 1e6) / 1e6),
		etterslep: String(options.highBacklogPerM2),
		tg: String(options.poorCondition)
	};
}

const NUMBER = /^\d+(?:[.,]\d+)?$/;

function parseNumber(
	raw: string,
	range: { min: number; max: number },
	whole: boolean
): number | ParamProblemReason {
	// Regular, no-break and narrow no-break spaces, as nb-NO writes "2 000".
	const text = raw.trim().replace(/[ \u00a0\u202f]/g, '');
	if (!NUMBER.test(text)) {
		return text.startsWith('-') && NUMBER.test(text.slice(1)) ? 'out-of-range' : 'not-a-number';
	}
	const value = Number(text.replace(',', '.'));
	if (!Number.isFinite(value) || value < range.min || value > range.max) return 'out-of-range';
	if (whole && !Number.isInteger(value)) return 'not-whole';
	return value;
}
