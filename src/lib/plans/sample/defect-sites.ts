/*
 * Where the generator seeds its defects. Seam defects are placed on boundary edges that the
 * 2019 polygons of Asker and Røyken share exactly (P1–P4 below are vertices of both), so a
 * merge finds nothing there but the seeded defect. The Røyken–Hurum polygons share no edge
 * (they leave a natural gap and overlap between them), so the only seeded defect on that
 * seam is an overlap reaching across a Hurum edge that lies inside Røyken. Positions are
 * WGS 84 degrees; `at` is the fraction of the way from `from` to `to`.
 */

type LonLat = readonly [number, number];

/** Vertices shared by the Asker 0220 and Røyken 0627 polygons (csmaps 2019), east to west. */
const P1: LonLat = [10.497402972632122, 59.78828432284482];
const P2: LonLat = [10.424854741196672, 59.771438998888996];
const P3: LonLat = [10.426847514577073, 59.77953285067501];
const P4: LonLat = [10.40125454481146, 59.78666624408586];
/** Where Hurum's edge (10.4275 59.6756 → 10.4438 59.6846) runs inside Røyken. */
const HA: LonLat = [10.43493, 59.67968];
const HB: LonLat = [10.44384, 59.6846];

export interface SeamDefectSite {
	id: string;
	kind: 'sliver' | 'overlap' | 'gap';
	/** The plan that carries the defect, and the one across the seam. */
	plan: '0220' | '0627' | '0628';
	neighbour: '0220' | '0627' | '0628';
	from: LonLat;
	to: LonLat;
	at: number;
	/** Along the seam, metres. */
	length: number;
	/** Across the seam, metres: the sliver's width, the overlap's reach, the notch's depth. */
	width: number;
	/** Added to the generated description. */
	note?: string;
}

export const SEAM_DEFECTS: readonly SeamDefectSite[] = Object.freeze([
	{
		id: 'D01',
		kind: 'sliver',
		plan: '0220',
		neighbour: '0627',
		from: P1,
		to: P2,
		at: 0.15,
		length: 400,
		width: 0.5
	},
	{
		id: 'D02',
		kind: 'sliver',
		plan: '0627',
		neighbour: '0220',
		from: P1,
		to: P2,
		at: 0.52,
		length: 300,
		width: 4.5
	},
	{
		id: 'D03',
		kind: 'sliver',
		plan: '0627',
		neighbour: '0220',
		from: P3,
		to: P4,
		at: 0.4,
		length: 300,
		width: 2
	},
	{
		id: 'D04',
		kind: 'overlap',
		plan: '0220',
		neighbour: '0627',
		from: P2,
		to: P3,
		at: 0.5,
		length: 350,
		width: 12
	},
	{
		id: 'D05',
		kind: 'overlap',
		plan: '0628',
		neighbour: '0627',
		from: HA,
		to: HB,
		at: 0.5,
		length: 250,
		width: 15
	},
	{
		id: 'D06',
		kind: 'gap',
		plan: '0627',
		neighbour: '0220',
		from: P1,
		to: P2,
		at: 0.33,
		length: 60,
		width: 80
	}
] satisfies SeamDefectSite[]);

/** An area recoded, or drawn on top, near a place. */
export interface AreaDefectSite {
	id: string;
	kind: 'overlap-within-plan' | 'unknown-code' | 'expired-code' | 'status-3';
	plan: '0220' | '0627' | '0628';
	near: LonLat;
	/** The code of the area to pick (PBL 2008; for Hurum before translation to 1985). */
	pick: string;
	/** The new code (PBL 2008) or, for overlap-within-plan, the code of the added area. */
	code: string;
	status: number;
	description: string;
}

export const AREA_DEFECTS: readonly AreaDefectSite[] = Object.freeze([
	{
		id: 'D07',
		kind: 'overlap-within-plan',
		plan: '0220',
		near: [10.452, 59.842],
		pick: '',
		code: '1160',
		status: 2,
		description:
			'An extra 1160 area (framtidig tjenesteyting) drawn on top of the land-use mosaic of the same plan.'
	},
	{
		id: 'D08',
		kind: 'unknown-code',
		plan: '0220',
		near: [10.4, 59.815],
		pick: '1110',
		code: '1999',
		status: 1,
		description: 'A housing area coded 1999, a code in no PBL 2008 list.'
	},
	{
		id: 'D09',
		kind: 'expired-code',
		plan: '0627',
		near: [10.35, 59.7],
		pick: '5100',
		code: '5000',
		status: 1,
		description:
			'An LNFR area coded 5000, the generalised code that expired in 2011 (harmonised to 5100).'
	},
	{
		id: 'D11',
		kind: 'status-3',
		plan: '0628',
		near: [10.465, 59.628],
		pick: '1110',
		code: '1110',
		status: 3,
		description:
			'A housing area (OPLAREAL 110) with arealbruksstatus 3, videreutvikling av nåværende (PBL 1985 only).'
	}
] satisfies AreaDefectSite[]);

/** The hensynssone both Asker and Røyken carry, straddling their shared edge P1–P2. */
export const DUPLICATE_ZONE = Object.freeze({
	id: 'D12',
	from: P1,
	to: P2,
	at: 0.75,
	radius: 450,
	code: '530',
	description: 'Hensyn friluftsliv, turområde på begge sider av kommunegrensen'
});
