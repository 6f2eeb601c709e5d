import type { PlanFeature, PlanHeader } from '../../plans/types';

const MUNICIPALITY = ['NASJONALAREALPLANID.KOMM', 'KOMM'];
const PLAN_ID = ['NASJONALAREALPLANID.PLANID', 'PLANID'];

/**
 * The plan-level facts of a SOSI file, gathered from its objects (plan-standards §1.3,
 * §4.3): the first kommunenummer and plan id, the planområde's name, and the law from
 * `LOVREFERANSE` (4/5 PBL 1985, 6 PBL 2008) or else from the object types used.
 * @example planHeader(features, '4.5').law // 'pbl2008'
 */
export function planHeader(features: readonly PlanFeature[], version: string | null): PlanHeader {
	const planAreas = features.filter((f) => f.properties.kind === 'planarea');
	return {
		municipality: first(features, MUNICIPALITY),
		planId: first(features, PLAN_ID),
		name: planAreas.find((f) => f.properties.name)?.properties.name ?? null,
		law: lawOf([...planAreas, ...features]),
		format: version ? `SOSI ${version}` : 'SOSI'
	};
}

function first(features: readonly PlanFeature[], keys: string[]): string | null {
	for (const { properties } of features) {
		const key = keys.find((k) => k in properties.attributes);
		if (key) return String(properties.attributes[key]);
	}
	return null;
}

function lawOf(features: readonly PlanFeature[]): PlanHeader['law'] {
	for (const { properties } of features) {
		const reference = Number(properties.attributes.LOVREFERANSE);
		if (reference === 4 || reference === 5) return 'pbl1985';
		if (reference === 6) return 'pbl2008';
	}
	// PBL 1985 plans use KpArealbrukOmråde; KpArealformålOmråde and the hensynssoner
	// exist only in PBL 2008 plans (§0 items 2–3).
	const types = new Set(features.map((f) => f.properties.objectType));
	if (types.has('KpArealbrukOmråde')) return 'pbl1985';
	if (types.has('KpArealformålOmråde')) return 'pbl2008';
	return null;
}
