import type {
	AgeBand,
	DemandComparison,
	DemandService,
	PopulationMethod,
	PopulationUnitKind
} from '../zones/statistics/types';
import { formatCount, formatPercent } from './format';

/** Bokmål for the zone statistics card and table, in one place. */
export const zoneStatsUi = {
	area: 'Areal',
	population: 'Innbyggere (anslag)',
	populationShort: 'Innbyggere',
	services: 'Kommunale bygg',
	demand: 'Kapasitet mot behov',
	oldMunicipalities: 'Andel av gamle kommuner',
	btaPerInhabitant: 'Formålsbygg per innbygger',
	btaPerInhabitantShort: 'm² formålsbygg per innb.',
	buildings: (n: number) => `${formatCount(n)} bygg`,
	users: 'brukere',
	capacity: 'kapasitet',
	capacityMissing: (n: number) => `${formatCount(n)} uten oppgitt kapasitet`,
	uncounted: (n: number) => `${formatCount(n)} bygg uten kapasitet er ikke tatt med`,
	noServices: 'Ingen kommunale bygg i sonen.',
	sample: (n: number) =>
		`${formatCount(n)} av byggene er eksempeldata, ikke kommunens eiendomsregister.`,
	tableCaption: 'Nøkkeltall per sone',
	zone: 'Sone',
	total: 'Hele forslaget',
	shareOf: (name: string) => `Andel ${name}`,
	notComputable: 'kan ikke beregnes',
	km2: 'km²'
} as const;

/** The age bands demand is compared with, as they follow a number ("350 barn 1–5 år"). */
export const BAND_LABEL: Record<Extract<AgeBand, 'age1To5' | 'age6To15' | 'age80Plus'>, string> = {
	age1To5: 'barn 1–5 år',
	age6To15: 'barn og unge 6–15 år',
	age80Plus: 'innbyggere 80 år og eldre'
};

/** Short column headers for the table. */
export const BAND_SHORT: Record<keyof typeof BAND_LABEL, string> = {
	age1To5: '1–5 år',
	age6To15: '6–15 år',
	age80Plus: '80+ år'
};

export const DEMAND_LABEL: Record<DemandService, string> = {
	kindergarten: 'Barnehage',
	school: 'Skole',
	nursing_home: 'Sykehjem'
};

const UNIT_TEXT: Record<PopulationUnitKind, string> = {
	'old-municipality': 'hver gamle kommune',
	grunnkrets: 'hver grunnkrets',
	'address-point': 'adressepunkt'
};

/**
 * How a zone's population was estimated, as the note beside the figure says it.
 * @example populationMethodText(method) // "anslag fordelt etter areal innen hver gamle kommune, SSB 07459, 1.1.2019"
 */
export function populationMethodText(method: PopulationMethod): string {
	const dates = method.years.map((y) => `1.1.${y}`).join(' og ');
	const how =
		method.kind === 'area-apportioned'
			? `anslag fordelt etter areal innen ${UNIT_TEXT[method.unit]}`
			: `summert per ${UNIT_TEXT[method.unit]}`;
	return [how, method.source, dates].filter(Boolean).join(', ');
}

/** "80 plasser / 350 barn 1–5 år". */
export function demandText(d: DemandComparison): string {
	return `${formatCount(Math.round(d.places))} plasser / ${formatCount(Math.round(d.demand))} ${BAND_LABEL[d.band as keyof typeof BAND_LABEL] ?? ''}`.trim();
}

/** Whether a comparison shows a surplus, a shortfall, balance, or has no norm to judge by. */
export type DemandStatus = 'surplus' | 'shortfall' | 'balanced' | 'no-target';

/**
 * The status of a comparison; within half a place of the norm counts as balanced, because
 * the demand is an estimate with fractions.
 */
export function demandStatus(d: DemandComparison): DemandStatus {
	if (d.balance === null) return 'no-target';
	if (Math.abs(d.balance) < 0.5) return 'balanced';
	return d.balance > 0 ? 'surplus' : 'shortfall';
}

/** A symbol beside the words, so the status never depends on colour alone (hidden from screen readers). */
export const DEMAND_STATUS_SYMBOL: Record<DemandStatus, string> = {
	surplus: '▲',
	shortfall: '▼',
	balanced: '=',
	'no-target': '○'
};

/**
 * The status in words.
 * @example demandStatusText(d) // "270 plasser for lite"
 */
export function demandStatusText(d: DemandComparison): string {
	const places = formatCount(Math.round(Math.abs(d.balance ?? 0)));
	switch (demandStatus(d)) {
		case 'surplus':
			return `${places} plasser til overs`;
		case 'shortfall':
			return `${places} plasser for lite`;
		case 'balanced':
			return 'i balanse';
		case 'no-target':
			return d.coverage.ok
				? `dekning ${formatPercent(d.coverage.value)} (ingen norm satt)`
				: 'ingen norm satt';
	}
}

/** The places and people alone, for a table cell: "80 / 350". */
export function demandShort(d: DemandComparison): string {
	return `${formatCount(Math.round(d.places))} / ${formatCount(Math.round(d.demand))}`;
}

/** Table headers for the demand columns: what the two numbers are. */
export const DEMAND_HEADER: Record<DemandService, string> = {
	kindergarten: 'Barnehage: plasser / barn 1–5 år',
	school: 'Skole: plasser / 6–15 år',
	nursing_home: 'Sykehjem: plasser / 80+ år'
};
