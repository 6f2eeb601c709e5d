/*
 * The hensynssoner of each sample plan (PBL 2008 § 11-8, plan-standards.md §2): fare
 * (310 ras og skred, 320 flom), angitt hensyn (530 friluftsliv, 570 kulturmiljø) and sikring
 * (110 nedslagsfelt drikkevann). `place` says where a zone goes: around a named centre
 * (shifted by `offset` metres in a random direction), over one of the larger LNFR areas, or
 * around an island placed earlier. Descriptions are invented and say so only by the plan.
 */

export type ZonePlace = { centre: string; offset: number } | { rural: true } | { island: string };

export interface ZoneSite {
	code: string;
	description: string;
	place: ZonePlace;
	radius: number;
	/** Long and thin for a flood zone along a stream. */
	stretch: number;
}

const rural = { rural: true } as const;

export const ZONE_SITES: Readonly<Record<'0220' | '0627' | '0628', readonly ZoneSite[]>> = {
	'0220': [
		{
			code: '310',
			description: 'Ras- og skredfare i bratt terreng',
			place: rural,
			radius: 350,
			stretch: 1.6
		},
		{
			code: '320',
			description: 'Flomfare langs elv',
			place: { centre: 'Asker sentrum', offset: 900 },
			radius: 1000,
			stretch: 6
		},
		{
			code: '320',
			description: 'Flomfare langs bekk',
			place: { centre: 'Holmen', offset: 500 },
			radius: 600,
			stretch: 5
		},
		{
			code: '530',
			description: 'Hensyn friluftsliv, marka',
			place: rural,
			radius: 1500,
			stretch: 1.3
		},
		{
			code: '570',
			description: 'Bevaring kulturmiljø, kirkested og gårdstun',
			place: { centre: 'Asker sentrum', offset: 300 },
			radius: 400,
			stretch: 1.2
		},
		{
			code: '110',
			description: 'Nedslagsfelt for drikkevannskilde',
			place: rural,
			radius: 900,
			stretch: 1.4
		}
	],
	'0627': [
		{
			code: '110',
			description: 'Nedslagsfelt for drikkevann rundt vannet',
			place: { island: 'D13' },
			radius: 1100,
			stretch: 1.3
		},
		{
			code: '310',
			description: 'Skredfare i bratt terreng ved Nærsnes',
			place: { centre: 'Nærsnes', offset: 600 },
			radius: 300,
			stretch: 1.8
		},
		{
			code: '310',
			description: 'Ras- og skredfare, bratt skråning',
			place: rural,
			radius: 250,
			stretch: 1.5
		},
		{
			code: '320',
			description: 'Flomfare langs bekk ved Båtstø',
			place: { centre: 'Røyken sentrum', offset: 1500 },
			radius: 700,
			stretch: 5
		},
		{
			code: '530',
			description: 'Hensyn friluftsliv, Røykenmarka',
			place: rural,
			radius: 1400,
			stretch: 1.4
		},
		{
			code: '570',
			description: 'Bevaring kulturmiljø, industristedet Slemmestad',
			place: { centre: 'Slemmestad', offset: 200 },
			radius: 450,
			stretch: 1.3
		}
	],
	'0628': [
		{
			code: '310',
			description: 'Ras- og skredfare i bratt terreng',
			place: rural,
			radius: 300,
			stretch: 1.5
		},
		{
			code: '320',
			description: 'Flomfare langs elv',
			place: { centre: 'Sætre', offset: 1200 },
			radius: 800,
			stretch: 5
		},
		{
			code: '530',
			description: 'Hensyn friluftsliv, strandsonen',
			place: { centre: 'Filtvet', offset: 900 },
			radius: 900,
			stretch: 2
		},
		{
			code: '530',
			description: 'Hensyn friluftsliv, skogområde',
			place: rural,
			radius: 1500,
			stretch: 1.3
		},
		{
			code: '570',
			description: 'Bevaring kulturmiljø, Holmsbu',
			place: { centre: 'Holmsbu', offset: 150 },
			radius: 350,
			stretch: 1.2
		},
		{
			code: '110',
			description: 'Nedslagsfelt for drikkevannskilde',
			place: rural,
			radius: 800,
			stretch: 1.4
		}
	]
};
