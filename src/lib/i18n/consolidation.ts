import type { CapacityUnit } from '../buildings/types';
import type { ConsolidationCandidate, ConsolidationReason } from '../efficiency/consolidation';
import { UNIT_LABEL } from './buildings';
import { formatCount, formatNok, formatPercent } from './format';

/*
 * Bokmål for consolidation candidates (the merger plan's "samlokalisering"): the list page,
 * its criteria form and the map layer. Reason and problem codes come from the domain and
 * the parameter parser in English and become text only here.
 */

/** Parameter problems from `consolidation-params` (kept structural: i18n is domain code). */
type ConsolidationParamName = 'avstand' | 'utnyttelse' | 'etterslep' | 'tg';
type ParamProblemCode = 'not-a-number' | 'out-of-range' | 'not-whole';

const whole = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

/** A distance as the list shows it: whole metres below 1 km, else km with one decimal. */
function formatDistance(m: number): string {
	return m < 1000 ? `${whole.format(m)} m` : `${oneDecimal.format(m / 1000)} km`;
}

/** Kroner per m²: "3 500 kr/m²". */
function formatNokPerM2(value: number): string {
	return `${whole.format(value)} kr/m²`;
}

/**
 * Why a building is a candidate, with its numbers and the threshold it crossed.
 * @example reasonText({ code: 'poor-condition', grade: 3, threshold: 2 }, 'pupils') // 'Dårlig tilstand: TG3, grensen er TG2 eller dårligere'
 */
export function reasonText(reason: ConsolidationReason, unit: CapacityUnit): string {
	switch (reason.code) {
		case 'low-utilisation':
			return `Lav utnyttelse: ${formatPercent(reason.utilisation)} (${formatCount(reason.users)} av ${formatCount(reason.capacity)} ${UNIT_LABEL[unit]}), under grensen ${formatPercent(reason.threshold)}`;
		case 'high-backlog':
			return `Høyt vedlikeholdsetterslep: ${formatNokPerM2(reason.backlogPerM2)} (${formatNok(reason.backlog)}), grensen er ${formatNokPerM2(reason.threshold)}`;
		case 'poor-condition':
			return `Dårlig tilstand: TG${reason.grade}, grensen er TG${reason.threshold} eller dårligere`;
	}
}

/** A short label per reason code, for the map and narrow columns. */
const REASON_SHORT: Record<ConsolidationReason['code'], string> = {
	'low-utilisation': 'lav utnyttelse',
	'high-backlog': 'høyt etterslep',
	'poor-condition': 'dårlig tilstand'
};

/** What a receiver offers: "1,2 km unna, har plass til 140 flere elever". */
export function receiverText(
	receiver: ConsolidationCandidate['receivers'][number],
	unit: CapacityUnit
): string {
	return `${formatDistance(receiver.distance)} unna, har plass til ${formatCount(receiver.spareCapacity)} flere ${UNIT_LABEL[unit]}`;
}

/** One line for a map popup: who could move where, and why. */
export function candidateSummary(c: ConsolidationCandidate): string {
	const nearest = c.receivers[0];
	const why = c.reasons.map((r) => REASON_SHORT[r.code]).join(', ');
	const where = nearest ? ` → ${nearest.name} (${formatDistance(nearest.distance)})` : '';
	return `${formatCount(c.users)} ${UNIT_LABEL[c.unit]} kan flytte${where}; ${why}.`;
}

/** FDVU and rent as the cost column explains them. */
export function annualCostParts(parts: ConsolidationCandidate['annualCostParts']): string {
	const known = [
		parts.fdvu === null ? null : `FDVU ${formatNok(parts.fdvu)}`,
		parts.rent === null ? null : `husleie ${formatNok(parts.rent)}`
	].filter((p) => p !== null);
	return known.length > 0 ? known.join(' + ') : 'ukjent';
}

export const PARAM_LABEL: Record<ConsolidationParamName, string> = {
	avstand: 'Maks avstand til mottaker (m)',
	utnyttelse: 'Lav utnyttelse under (%)',
	etterslep: 'Høyt etterslep fra (kr/m² BTA)',
	tg: 'Dårlig tilstand fra'
};

/** A parameter's value in its unit, for messages: "2 000 m", "70 %", "TG2". */
function paramValueText(param: ConsolidationParamName, value: string): string {
	const n = Number(value);
	switch (param) {
		case 'avstand':
			return `${whole.format(n)} m`;
		case 'utnyttelse':
			return `${oneDecimal.format(n)} %`;
		case 'etterslep':
			return formatNokPerM2(n);
		case 'tg':
			return `TG${value}`;
	}
}

const PARAM_NAME: Record<ConsolidationParamName, string> = {
	avstand: 'Maks avstand',
	utnyttelse: 'Grensen for lav utnyttelse',
	etterslep: 'Grensen for høyt etterslep',
	tg: 'Tilstandsgraden'
};

const RANGE_TEXT: Record<ConsolidationParamName, (min: string, max: string) => string> = {
	avstand: (min, max) => `et tall fra ${min} til ${max} meter`,
	utnyttelse: (min, max) => `en prosent fra ${min} til ${max}`,
	etterslep: (min, max) => `et beløp fra ${min} til ${max} kr/m²`,
	tg: (min, max) => `en tilstandsgrad fra ${min} til ${max}`
};

/**
 * Why a value in the link was not used and what was used instead.
 * @example paramProblemText({ param: 'avstand', value: 'abc', reason: 'not-a-number' }, '2000', { min: 0, max: 100000 })
 * // '«abc» er ikke et tall. Maks avstand må være et tall fra 0 til 100 000 meter; viser standardverdien 2 000 m.'
 */
export function paramProblemText(
	problem: { param: ConsolidationParamName; value: string; reason: ParamProblemCode },
	usedValue: string,
	range: { min: number; max: number }
): string {
	const what =
		problem.reason === 'not-a-number'
			? `«${problem.value}» er ikke et tall.`
			: problem.reason === 'not-whole'
				? `«${problem.value}» er ikke et helt tall.`
				: `«${problem.value}» er utenfor gyldig område.`;
	const allowed = RANGE_TEXT[problem.param](whole.format(range.min), whole.format(range.max));
	return `${what} ${PARAM_NAME[problem.param]} må være ${allowed}; viser standardverdien ${paramValueText(problem.param, usedValue)}.`;
}

export const consolidationUi = {
	title: 'Samlokaliseringskandidater',
	intro:
		'Bygg der brukerne kan flytte til et nærliggende bygg i samme kategori som har ledig kapasitet til alle: skoler, barnehager og sykehjem (raske gevinster i sammenslåingsplanen). Et bygg kommer med når det har lav utnyttelse, høyt vedlikeholdsetterslep eller dårlig tilstandsgrad, og et bygg med plass ligger innenfor maks avstand (luftlinje). Listen er et utgangspunkt for vurdering, ikke et vedtak.',
	criteriaHeading: 'Kriterier',
	apply: 'Oppdater listen',
	reset: 'Standardverdier',
	problemsHeading: 'Noen verdier i lenken kunne ikke brukes',
	listHeading: 'Kandidater',
	tableCaption: 'Samlokaliseringskandidater, sortert etter årlig kostnad som kan frigjøres',
	rank: 'Nr.',
	building: 'Bygg',
	why: 'Hvorfor',
	receivers: 'Kan flytte til',
	freedArea: 'Areal som frigjøres',
	freedCost: 'Årlig kostnad (FDVU + husleie)',
	map: 'Kart',
	showOnMap: 'Vis i kart',
	showOnMapLabel: (name: string) => `Vis i kart: ${name}`,
	otherReceivers: (n: number) =>
		n === 1 ? '1 annen mulig mottaker' : `${n} andre mulige mottakere`,
	none: 'Ingen kandidater med disse kriteriene.',
	noneHint:
		'Prøv større avstand eller strengere grenser for lav utnyttelse, etterslep og tilstand.',
	total: (count: number) =>
		count === 1 ? '1 kandidat kan frigjøre' : `${count} kandidater kan til sammen frigjøre`,
	totalArea: 'BTA',
	totalCost: 'per år i FDVU og husleie',
	unknownCost: (n: number) =>
		n === 1 ? '1 kandidat mangler kostnadstall.' : `${n} kandidater mangler kostnadstall.`,
	mutual: (n: number) =>
		`${n === 1 ? '1 par' : `${n} par`} er hverandres mottaker og kan ikke begge flyttes, så summen er en øvre grense.`,
	considered: (n: number) => `Vurdert: ${formatCount(n)} skoler, barnehager og sykehjem.`,
	mapDefaultsNote: 'Kartlaget «Samlokaliseringskandidater» viser alltid standardkriteriene.',
	poorFrom: (grade: number) => `TG${grade} eller dårligere`,
	tg: (grade: number | null) => (grade === null ? 'TG ikke vurdert' : `TG${grade}`),
	openList: 'Se hele listen'
} as const;
