import type { Paths64 } from 'clipper2-ts';
import { createRandom } from '../../buildings/sample/prng';
import { findHensynssone } from '../../codelists/find-code';
import { ZONE_TYPES } from '../../codelists/hensynssone';
import type { PlanDocument, PlanFeature, PlanFeatureProperties } from '../types';
import { nameAreas, nameZones } from './area-names';
import type { DraftPlan } from './draft-plan';
import { toGeometry } from './geometry-paths';
import { interiorPoint } from './interior-point';
import { sampleObjectId } from './object-id';
import type { MunicipalityProfile } from './profiles';
import { sampleAttributes } from './sample-attributes';
import { toArealbruk1985 } from './to-arealbruk-1985';
import type { DraftZone } from './types';

/**
 * The finished plan in EPSG:25832: the plan area (KpOmråde) first, then the land-use areas
 * from north to south (so B1 is the northernmost housing area), then the hensynssoner. A
 * PBL 1985 plan gets its land use translated to OPLAREAL codes here. Also returns, per
 * defect tag, the objectIds of the features that carry it.
 * @example toPlanDocument(profile, draft, zones).document.features[0].properties.kind // 'planarea'
 */
export function toPlanDocument(
	profile: MunicipalityProfile,
	draft: DraftPlan,
	zones: readonly DraftZone[]
): { document: PlanDocument; objectIds: Map<string, string[]> } {
	const m = profile.municipality;
	const objectIds = new Map<string, string[]>();
	const tag = (tags: readonly string[], id: string) => {
		for (const t of tags) objectIds.set(t, [...(objectIds.get(t) ?? []), id]);
	};
	const attributes = (
		kind: PlanFeatureProperties['kind'],
		description: string | null,
		id: string
	) => sampleAttributes(profile.format, m, kind, profile.dates, description, id);
	const feature = (area: Paths64, properties: PlanFeatureProperties): PlanFeature => ({
		type: 'Feature',
		properties,
		geometry: toGeometry(area)
	});

	const planAreaId = sampleObjectId(m, 'planarea', 1);
	const features: PlanFeature[] = [
		feature(draft.boundary, {
			kind: 'planarea',
			objectType: 'KpOmråde',
			code: null,
			codeList: 'none',
			status: null,
			name: profile.planName,
			objectId: planAreaId,
			attributes: attributes('planarea', null, planAreaId)
		})
	];

	const old = profile.law === 'pbl1985';
	const landuse = draft.areas
		.map((a) => ({ a, p: interiorPoint(a.area) }))
		.sort((u, v) => v.p.y - u.p.y || u.p.x - v.p.x)
		.map(({ a }, i) => ({
			...a,
			code: old ? toArealbruk1985(a.code, createRandom(`${m}:1985:${i}`)) : a.code
		}));
	const codeList = old ? 'arealbruk-1985' : 'arealformal-2008';
	const names = nameAreas(
		landuse.map((a) => a.code),
		codeList
	);
	landuse.forEach((a, i) => {
		const id = sampleObjectId(m, 'landuse', i + 1);
		tag(a.tags, id);
		features.push(
			feature(a.area, {
				kind: 'landuse',
				objectType: old ? 'KpArealbrukOmråde' : 'KpArealformålOmråde',
				code: a.code,
				codeList,
				status: a.status,
				name: names[i] as string,
				objectId: id,
				attributes: attributes('landuse', null, id)
			})
		);
	});

	const zoneNames = nameZones(zones.map((z) => z.code));
	zones.forEach((z, i) => {
		const id = z.objectId ?? sampleObjectId(m, 'zone', i + 1);
		tag(z.tags, id);
		features.push(
			feature(z.area, {
				kind: 'zone',
				objectType: zoneObjectType(z.code),
				code: z.code,
				codeList: 'hensynssone',
				status: null,
				name: zoneNames[i] as string,
				objectId: id,
				attributes: attributes('zone', z.description, id)
			})
		);
	});

	return {
		document: {
			header: {
				municipality: m,
				planId: profile.planId,
				name: profile.planName,
				law: profile.law,
				format: profile.formatName
			},
			features,
			srid: 25832
		},
		objectIds
	};
}

/** KpFareSone for 3xx, KpAngittHensynSone for 5xx, … (plan-standards.md §2). */
function zoneObjectType(code: string): string {
	const kind = findHensynssone(code)?.kind;
	const type = ZONE_TYPES.find((t) => t.kind === kind);
	if (!type) throw new RangeError(`no hensynssone type for ${code}`);
	return type.objectType;
}
