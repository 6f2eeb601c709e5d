import type { ExpressionSpecification } from 'maplibre-gl';
import { describeCode } from '$lib/codelists/describe-code';
import { landuseColour } from '$lib/codelists/landuse-colour';
import type { PlanCodeList } from '$lib/plans/types';
import type { LegendEntry } from './layer-catalog';

/** One row of a plan's legend: a code in one status, with the colour the map paints it. */
export interface ArealdelLegendEntry {
	/** `code/status`, what the paint expression matches on. */
	key: string;
	label: string;
	colour: string;
	kind: string;
}

/** Areas the merge could not give to any plan: a colour no arealformål uses. */
export const UNRESOLVED_COLOUR = '#e7298a';
const UNKNOWN_COLOUR = '#bdbdbd';
const STATUS_TEXT: Record<number, string> = {
	1: 'nåværende',
	2: 'framtidig',
	3: 'videreutvikling'
};

/**
 * The legend of one plan, built from the codes it actually holds, with the official
 * arealformål colours (nåværende and framtidig differ). The map's paint expression is made
 * from these same entries, so the legend cannot disagree with the map.
 * @example arealdelLegend([{ code: '1110', codeList: 'arealformal-2008', status: 2, kind: 'landuse', unresolved: false }])
 */
export function arealdelLegend(
	uses: {
		code: string | null;
		codeList: string;
		status: number | null;
		kind: string;
		unresolved: boolean;
	}[]
): ArealdelLegendEntry[] {
	const entries: ArealdelLegendEntry[] = [];
	for (const use of uses) {
		if (use.kind !== 'landuse') continue;
		const key = keyOf(use.code, use.status);
		if (entries.some((e) => e.key === key)) continue;
		if (use.unresolved) {
			entries.push({
				key,
				label: 'Uavklart (må avklares)',
				colour: UNRESOLVED_COLOUR,
				kind: use.kind
			});
			continue;
		}
		const { name } = describeCode(use.code, use.codeList as PlanCodeList);
		const status = use.status === null ? '' : ` (${STATUS_TEXT[use.status] ?? use.status})`;
		entries.push({
			key,
			label: `${name}${status}`,
			colour: landuseColour(use.code, use.status),
			kind: use.kind
		});
	}
	return entries;
}

/** The MapLibre fill colour for a plan: a match on `code/status` over the legend entries. */
export function arealdelFillColour(
	legend: ArealdelLegendEntry[]
): ExpressionSpecification | string {
	if (legend.length === 0) return UNKNOWN_COLOUR;
	const key = [
		'concat',
		['coalesce', ['get', 'code'], ''],
		'/',
		['to-string', ['coalesce', ['get', 'status'], '']]
	];
	return [
		'case',
		['==', ['get', 'unresolved'], true],
		UNRESOLVED_COLOUR,
		['match', key, ...legend.flatMap((e) => [e.key, e.colour]), UNKNOWN_COLOUR]
	] as unknown as ExpressionSpecification;
}

function keyOf(code: string | null, status: number | null): string {
	return `${code ?? ''}/${status ?? ''}`;
}

/**
 * The map legend's rows for a plan on the map (layer id → entries), so the legend lists the
 * plan's own codes in the colours the map paints them; nothing when no plan is shown.
 * @example legendOverrides(plan) // { arealdel: [{ label: 'Boligbebyggelse – nåværende', … }] }
 */
export function legendOverrides(
	plan: { legend: ArealdelLegendEntry[] } | null
): Record<string, LegendEntry[]> {
	if (!plan) return {};
	return {
		arealdel: plan.legend.map((e) => ({ label: e.label, colour: e.colour, shape: 'fill' }))
	};
}
