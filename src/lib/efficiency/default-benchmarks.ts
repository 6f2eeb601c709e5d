import type { Benchmark } from './benchmarks';

/*
 * The benchmarks Planbord ships with, seeded into the `benchmarks` table and editable there.
 * National values are copied from geodata's kostra_eiendomsforvaltning_nasjonalt.csv (SSB
 * KOSTRA, "Landet"). The 2008/2009 table has unlabelled year columns, hence the yearNote.
 * KOSTRA's per-pupil and per-child figures divide by enrolled pupils and children, so they
 * are norms for m² BTA per *user*, not per place. Where KOSTRA gives nothing offline, the
 * targets are placeholders for the property team to replace, and say so.
 */

const KOSTRA_2010_TABLE = {
	kind: 'national',
	source: 'SSB KOSTRA eiendomsforvaltning, landet (tabell publisert 2010-08-27)',
	sourceUrl: 'https://ssb.no/a/en/static/eiendom_kostra_en/tab-2010-08-27-01-en.html'
} as const;

const uncertainYear = (year: number): string =>
	`Unlabelled year column in the stored table; most likely ${year}, verify before use`;

const OWN_TARGET = {
	kind: 'target',
	source: 'Eksempel på eget mål – endres av eiendomsteamet',
	sourceUrl: null,
	year: null,
	yearNote: null,
	note: 'Example value, not taken from any source'
} as const;

const BENCHMARKS: Benchmark[] = [
	...[2008, 2009].map((year): Benchmark => ({
		...KOSTRA_2010_TABLE,
		id: `kostra-school-bta-per-pupil-${year}`,
		indicator: 'bta_per_user',
		category: 'school',
		unit: 'pupils',
		value: year === 2008 ? 17.6 : 17.8,
		year,
		yearNote: uncertainYear(year),
		note: 'Gross area per pupil in public primary/secondary school'
	})),
	...[2008, 2009].map((year): Benchmark => ({
		...KOSTRA_2010_TABLE,
		id: `kostra-kindergarten-bta-per-child-${year}`,
		indicator: 'bta_per_user',
		category: 'kindergarten',
		unit: 'children',
		value: year === 2008 ? 8.6 : 9.0,
		year,
		yearNote: uncertainYear(year),
		note: 'Gross area of kindergarten buildings per child in municipal kindergarten'
	})),
	{
		...KOSTRA_2010_TABLE,
		id: 'kostra-formalsbygg-bta-per-inhabitant-2009',
		indicator: 'bta_per_inhabitant',
		category: null,
		unit: 'inhabitants',
		value: 4.7,
		year: 2009,
		yearNote: uncertainYear(2009),
		note: 'Gross area per capita; covers KOSTRA formålsbygg, not every municipal building'
	},
	{
		id: 'derived-formalsbygg-bta-per-inhabitant-2024',
		indicator: 'bta_per_inhabitant',
		category: null,
		unit: 'inhabitants',
		value: 4.87,
		kind: 'national',
		source:
			'Beregnet: SSB KOSTRA samlet areal på utvalgte kommunale formålsbygg 2024 (27 240 484 m²) / befolkning 1.1.2025',
		sourceUrl:
			'https://www.ssb.no/offentlig-sektor/offentlig-forvaltning/statistikk/eiendomsforvaltning-i-kommunesektoren',
		year: 2024,
		yearNote: null,
		note: 'DERIVED: not an official KOSTRA value'
	},
	{
		...OWN_TARGET,
		id: 'target-nursing-home-bta-per-place',
		indicator: 'bta_per_capacity',
		category: 'nursing_home',
		unit: 'places',
		value: 60
	},
	{
		...OWN_TARGET,
		id: 'target-administration-bta-per-workplace',
		indicator: 'bta_per_capacity',
		category: 'administration',
		unit: 'workplaces',
		value: 20
	},
	// Full is not the goal: some slack absorbs year-to-year swings in cohorts and demand.
	...(
		[
			['school', 'pupils'],
			['kindergarten', 'children'],
			['nursing_home', 'places']
		] as const
	).map(([category, unit]): Benchmark => ({
		...OWN_TARGET,
		id: `target-${category.replace('_', '-')}-utilisation`,
		indicator: 'utilisation',
		category,
		unit,
		value: 0.9
	}))
];

export const DEFAULT_BENCHMARKS: readonly Benchmark[] = Object.freeze(
	BENCHMARKS.map((b) => Object.freeze(b))
);
