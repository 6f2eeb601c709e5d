import type { BenchmarkKind } from '../efficiency/benchmarks';
import type { RatioReason } from '../efficiency/ratio';

/** Why a key figure could not be computed, as the table and panels say it. */
export const RATIO_REASON_TEXT: Record<RatioReason | 'invalid-benchmark', string> = {
	'no-area': 'mangler BTA',
	'no-capacity': 'mangler kapasitet',
	'no-users': 'mangler antall brukere',
	'no-unit': 'mangler kapasitetsenhet',
	'no-population': 'mangler innbyggertall',
	'no-backlog': 'mangler etterslep',
	'mixed-units': 'ulike enheter kan ikke summeres',
	'not-finite': 'ugyldig tall',
	'invalid-benchmark': 'ugyldig normtall'
};

export const BENCHMARK_KIND_LABEL: Record<BenchmarkKind, string> = {
	national: 'landsgjennomsnitt',
	comparable: 'sammenlignbare kommuner',
	target: 'eget mål'
};
