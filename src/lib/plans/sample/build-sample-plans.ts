import type { MultiPolygon, Polygon } from 'geojson';
import type { Paths64 } from 'clipper2-ts';
import { createRandom } from '../../buildings/sample/prng';
import { planarArea } from '../../geometry/area';
import type { Utm32 } from '../../geometry/types';
import type { PlanDocument } from '../types';
import { areaOf, intersectAreas, partsOf, unionAreas } from './area-ops';
import type { ArcRing } from './insert-arcs';
import { blob } from './blob';
import { buildMosaic, type PlacedCentre } from './build-mosaic';
import { AREA_DEFECTS, DUPLICATE_ZONE, SEAM_DEFECTS } from './defect-sites';
import type { DraftPlan } from './draft-plan';
import { toArea } from './geometry-paths';
import { interiorPoint } from './interior-point';
import { joinSeams } from './join-seams';
import { toLocal, toPosition } from './local-frame';
import { alongLonLat, localFromLonLat } from './lon-lat';
import { makeZones } from './make-zones';
import { naturalDefects } from './natural-defects';
import { sampleObjectId } from './object-id';
import { placeIsland, type IslandSpec } from './place-island';
import { PROFILES, type MunicipalityProfile } from './profiles';
import { seedAreaDefect } from './seed-area-defect';
import { seedSeamDefect } from './seed-seam-defect';
import { toPlanDocument } from './to-plan-document';
import type { Defect, DraftZone } from './types';
import { ZONE_SITES } from './zone-sites';

type Municipality = MunicipalityProfile['municipality'];

export interface SampleInputs {
	/** The 2019 polygons of 0220, 0627 and 0628 in EPSG:25832. */
	boundaries: Readonly<Record<Municipality, Utm32<Polygon | MultiPolygon>>>;
	/** The land outline (the 2020 polygon of 3025); land use outside it is coded as water. */
	land: Utm32<Polygon | MultiPolygon>;
}

export interface SamplePlan {
	profile: MunicipalityProfile;
	/** In EPSG:25832, every coordinate on the millimetre grid. */
	document: PlanDocument;
	/** Rings the file stores as arcs (`insertArcs`); empty but for Røyken's round island. */
	arcs: ArcRing[];
}

/**
 * Røyken's islands: a lake and a sports ground, each filling a hole in an LNFR area, and a
 * round sports ground (D15) whose ring the SOSI file stores as `.BUEP` arcs.
 */
const ISLANDS: readonly IslandSpec[] = [
	{
		id: 'D13',
		municipality: '0627',
		host: '5100',
		code: '6600',
		name: 'A lake',
		radius: 230,
		stretch: 1.7
	},
	{
		id: 'D14',
		municipality: '0627',
		host: '5100',
		code: '1400',
		name: 'A sports ground',
		radius: 110,
		stretch: 1.3
	},
	{
		id: 'D15',
		municipality: '0627',
		host: '5100',
		code: '1400',
		name: 'A round sports ground',
		radius: 60,
		stretch: 1,
		round: true
	}
];

/**
 * The three sample plans and the list of defects a merge of them must report. Steps: the
 * Voronoi mosaic per plan, seam defects, area defects, Røyken's islands, shared vertices
 * along shared borders, hensynssoner (with one zone in two plans), the documents, and the
 * natural gaps and overlaps of the 2019 boundaries. Deterministic: every random choice
 * comes from a stream keyed by municipality and purpose.
 * @example buildSamplePlans({ boundaries, land }).plans.map((p) => p.document.features.length)
 */
export function buildSamplePlans(inputs: SampleInputs): { plans: SamplePlan[]; defects: Defect[] } {
	const originals = Object.fromEntries(
		PROFILES.map((p) => [p.municipality, toArea(inputs.boundaries[p.municipality])])
	) as Record<Municipality, Paths64>;
	const land = toArea(inputs.land);
	const centres = Object.fromEntries(
		PROFILES.map((p) => [p.municipality, placeCentres(p)])
	) as Record<Municipality, PlacedCentre[]>;
	const drafts = Object.fromEntries(
		PROFILES.map((p) => [
			p.municipality,
			buildMosaic(p, originals[p.municipality], land, centres[p.municipality])
		])
	) as Record<Municipality, DraftPlan>;
	const defects: Defect[] = [];

	for (const site of SEAM_DEFECTS) {
		const { plan, defect } = seedSeamDefect(drafts[site.plan], originals[site.plan], site);
		drafts[site.plan] = plan;
		defects.push(defect);
	}
	for (const site of AREA_DEFECTS) {
		const { plan, defect } = seedAreaDefect(drafts[site.plan], site);
		drafts[site.plan] = plan;
		defects.push(defect);
	}
	const islands = new Map<string, ReturnType<typeof toLocal>>();
	const arcRings: Record<Municipality, ArcRing[]> = { '0220': [], '0627': [], '0628': [] };
	for (const spec of ISLANDS) {
		const m = spec.municipality as Municipality;
		const avoid = [...defects.map((d) => toLocal(d.point)), ...islands.values()];
		const { plan, defect, centre, arcs } = placeIsland(
			drafts[m],
			spec,
			createRandom(`${m}:${spec.id}`),
			avoid
		);
		drafts[m] = plan;
		islands.set(spec.id, centre);
		if (arcs) arcRings[m].push({ arcs, ring: plan.areas[plan.areas.length - 1]!.area[0]! });
		defects.push(defect);
	}

	const joined = joinSeams(PROFILES.map((p) => drafts[p.municipality]));
	PROFILES.forEach((p, i) => (drafts[p.municipality] = joined[i] as DraftPlan));

	const duplicate = duplicateZone(drafts['0220'].boundary, drafts['0627'].boundary);
	defects.push(duplicate.defect);
	const plans: SamplePlan[] = [];
	const objectIds = new Map<string, string[]>();
	for (const profile of PROFILES) {
		const m = profile.municipality;
		const zones = makeZones(
			drafts[m],
			ZONE_SITES[m],
			centres[m],
			islands,
			createRandom(`${m}:zones`)
		);
		const withDuplicate = m === '0628' ? zones : [duplicate.zone, ...zones];
		const { document, objectIds: ids } = toPlanDocument(profile, drafts[m], withDuplicate);
		for (const [tag, list] of ids)
			objectIds.set(tag, [...new Set([...(objectIds.get(tag) ?? []), ...list])]);
		plans.push({ profile, document, arcs: arcRings[m] });
	}
	defects.push(wholePlanDefect(plans.find((p) => p.profile.law === 'pbl1985') as SamplePlan));
	defects.push(...naturalDefects(originals, 'N'));
	return {
		plans,
		defects: defects
			.map((d) => ({ ...d, objectIds: objectIds.get(d.id) ?? d.objectIds }))
			.sort((a, b) => order(a.id) - order(b.id))
	};
}

function placeCentres(profile: MunicipalityProfile): PlacedCentre[] {
	return profile.centres.map((c) => ({
		name: c.name,
		point: localFromLonLat([c.lon, c.lat]),
		radius: c.radius,
		kind: c.kind
	}));
}

/** The hensynssone written into both the Asker and the Røyken plan, identical in both. */
function duplicateZone(asker: Paths64, royken: Paths64): { zone: DraftZone; defect: Defect } {
	const site = DUPLICATE_ZONE;
	const centre = alongLonLat(site.from, site.to, site.at);
	const shape = blob(
		centre,
		{ radius: site.radius, stretch: 1.4, angle: 0.3 },
		createRandom(`duplicate:${site.id}`)
	);
	const pieces = partsOf(intersectAreas([shape], unionAreas([asker, royken])));
	const area = pieces.sort((p, q) => areaOf(q) - areaOf(p))[0] as Paths64;
	return {
		zone: {
			area,
			code: site.code,
			description: site.description,
			tags: [site.id],
			objectId: sampleObjectId('0220+0627', 'duplicate-zone', 1)
		},
		defect: {
			id: site.id,
			municipalities: ['0220', '0627'],
			kind: 'duplicate-zone',
			expected: { conflict: 'duplicate-zone', rule: 'zone-deduplicated' },
			point: toPosition(interiorPoint(area)) as [number, number],
			areaM2: Math.round(areaOf(area)),
			widthM: null,
			natural: false,
			objectIds: [],
			description: `The same KpAngittHensynSone ${site.code} (same geometry, code and lokalId) in both plans, straddling their shared border: each copy reaches into the other municipality but not outside the two together, so it is to be deduplicated, not clipped away.`
		}
	};
}

/** D10: every land-use code of the PBL 1985 plan needs harmonising to PBL 2008. */
function wholePlanDefect(plan: SamplePlan): Defect {
	const landuse = plan.document.features.filter((f) => f.properties.kind === 'landuse');
	const areas = landuse.map((f) => planarArea(f.geometry as Utm32<Polygon | MultiPolygon>));
	const largest = landuse[areas.indexOf(Math.max(...areas))];
	const point = largest
		? interiorPoint(toArea(largest.geometry as Utm32<Polygon | MultiPolygon>))
		: { x: 0, y: 0 };
	return {
		id: 'D10',
		municipalities: [plan.profile.municipality],
		kind: 'expired-code',
		expected: { conflict: 'harmonised-code', rule: 'code-harmonised' },
		point: toPosition(point) as [number, number],
		areaM2: Math.round(areas.reduce((s, a) => s + a, 0)),
		widthM: null,
		natural: false,
		objectIds: [],
		description: `The whole ${plan.profile.municipalityName} plan uses PBL 1985 KpArealbrukOmråde codes (OPLAREAL); every land-use area (${landuse.length}) is harmonised to a PBL 2008 arealformål.`
	};
}

function order(id: string): number {
	return (id.startsWith('N') ? 1000 : 0) + Number(id.slice(1));
}
