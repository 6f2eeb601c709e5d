import type { BuildingCategory, OldMunicipality } from '../types';
import type { Range } from './distributions';

/*
 * How many buildings are invented per old municipality, beyond the real schools,
 * kindergartens and libraries. Totals are set so the portfolio is roughly proportional to
 * population on 1.1.2019 (SSB 07459: Asker 61 523, Røyken 22 635, Hurum 9 521, i.e. 65.5 /
 * 24.1 / 10.1 %): about 262 / 96 / 41 buildings of about 400. The administration count
 * includes the town hall.
 */
export const INVENTED_COUNTS: Record<OldMunicipality, Partial<Record<BuildingCategory, number>>> = {
	'0220': {
		nursing_home: 6,
		health: 5,
		administration: 5,
		culture: 5,
		sport: 14,
		housing: 90,
		technical: 39
	},
	'0627': {
		nursing_home: 3,
		health: 2,
		administration: 2,
		culture: 2,
		sport: 5,
		housing: 34,
		technical: 14
	},
	'0628': {
		nursing_home: 2,
		health: 1,
		administration: 1,
		culture: 1,
		sport: 3,
		housing: 12,
		technical: 5
	}
};

/** How far from its anchor (a real school or kindergarten) an invented building is put, m. */
export const ANCHOR_DISTANCE: Record<BuildingCategory, Range> = {
	school: [0, 0],
	kindergarten: [0, 0],
	nursing_home: [150, 700],
	health: [0, 400],
	administration: [0, 500],
	culture: [0, 500],
	sport: [0, 0],
	housing: [100, 1200],
	technical: [300, 1500]
};

/** Where a town hall is put: at a position, or at the mean position of named real buildings. */
export type TownHallPosition =
	| { kind: 'position'; lonLat: readonly [number, number] }
	| { kind: 'cluster'; names: readonly string[] };

export interface TownHall {
	municipality: OldMunicipality;
	name: string;
	btaRange: Range;
	position: TownHallPosition;
}

/**
 * The three town halls: real names, sizes invented. Only Røyken's position is taken from
 * data (the NBR position of Katrineåsveien 20, Midtbygda, the address of Røyken rådhus);
 * Asker's and Hurum's are put near the municipality's largest school cluster, not at the
 * real buildings (see SOURCE.md).
 */
export const TOWN_HALLS: readonly TownHall[] = [
	{
		municipality: '0220',
		name: 'Asker rådhus',
		btaRange: [8000, 12000],
		position: {
			kind: 'cluster',
			names: [
				'Asker videregående skole',
				'Bleiker videregående skole',
				'Risenga ungdomsskole',
				'Asker bibliotek'
			]
		}
	},
	{
		municipality: '0627',
		name: 'Røyken rådhus',
		btaRange: [4000, 7000],
		position: { kind: 'position', lonLat: [10.4127, 59.7402] }
	},
	{
		municipality: '0628',
		name: 'Hurum rådhus',
		btaRange: [2500, 4500],
		position: {
			kind: 'cluster',
			names: ['Tofte skole', 'Tofte ungdomsskole', 'Hurum bibliotek']
		}
	}
];
