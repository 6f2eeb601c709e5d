import type { PlanHeader } from '../../plans/types';
import type { ParseNote } from '../format';
import { NoteMixedLaw, NoteMunicipalityPadded } from './notes';

/** Plan-level facts gathered while features stream past; the first value seen wins. */
export interface HeaderFacts {
	municipality?: string | number;
	planId?: string | number;
	name?: string;
	lovreferanse?: number;
	objectTypes: Set<string>;
}

const MUNICIPALITY = /^(?:(?:nasjonalA|a)realplanId\.(?:.+\.)?)?kommunenummer$/;
const PLAN_ID = /^(?:(?:nasjonalA|a)realplanId\.)?planidentifikasjon$/;
const PLAN_TYPES = new Set(['KpOmråde', 'RpOmråde', 'Arealplan']);
const PBL1985_TYPES = ['KpArealbrukOmråde', 'KpRestriksjonOmråde', 'KpRetningslinjeOmråde'];
const PBL2008_TYPES = /^(?:KpArealformålOmråde|RpArealformålOmråde|(?:Kp|Rp)\p{Lu}\p{L}*Sone)$/u;

/**
 * Records what one object says about its plan: kommunenummer and planidentifikasjon from its
 * `arealplanId`, the plan name from a KpOmråde/RpOmråde/Arealplan, and its lovreferanse.
 * @example addHeaderFacts(facts, 'KpOmråde', { 'arealplanId.kommunenummer': '0220' }, 'KPA')
 */
export function addHeaderFacts(
	facts: HeaderFacts,
	objectType: string,
	attributes: Record<string, string | number>,
	name: string | null
): void {
	facts.objectTypes.add(objectType);
	for (const [key, value] of Object.entries(attributes)) {
		if (facts.municipality === undefined && MUNICIPALITY.test(key)) facts.municipality = value;
		if (facts.planId === undefined && PLAN_ID.test(key)) facts.planId = value;
	}
	if (facts.name === undefined && PLAN_TYPES.has(objectType)) {
		const planName = name ?? attributes.plannavn;
		if (planName !== undefined) facts.name = String(planName);
	}
	const law = Number(attributes.lovreferanse);
	if (facts.lovreferanse === undefined && Number.isInteger(law)) facts.lovreferanse = law;
}

/**
 * The plan header from the gathered facts. Kommunenummer is always 4 characters (GDAL and
 * spreadsheets turn 0220 into 220); the law comes from lovreferanse (4 and 5 are PBL 1985,
 * 6 is PBL 2008), else from the object types (plan-standards.md §3, §4.3).
 * @example buildHeader({ municipality: 220, objectTypes: new Set() }, 'GeoJSON').header.municipality // '0220'
 */
export function buildHeader(
	facts: HeaderFacts,
	format: string
): { header: PlanHeader; notes: ParseNote[] } {
	const notes: ParseNote[] = [];
	let municipality = facts.municipality === undefined ? null : String(facts.municipality).trim();
	if (municipality && /^\d{1,3}$/.test(municipality)) {
		const padded = municipality.padStart(4, '0');
		notes.push({
			code: NoteMunicipalityPadded,
			detail: `kommunenummer ${municipality} read as ${padded}`
		});
		municipality = padded;
	}
	const header: PlanHeader = {
		municipality: municipality || null,
		planId: facts.planId === undefined ? null : String(facts.planId),
		name: facts.name ?? null,
		law: lawOf(facts, notes),
		format
	};
	return { header, notes };
}

function lawOf(facts: HeaderFacts, notes: ParseNote[]): PlanHeader['law'] {
	if (facts.lovreferanse === 4 || facts.lovreferanse === 5) return 'pbl1985';
	if (facts.lovreferanse === 6) return 'pbl2008';
	const types = [...facts.objectTypes];
	const old = types.some((type) => PBL1985_TYPES.includes(type));
	const current = types.some((type) => PBL2008_TYPES.test(type));
	if (old && current) {
		notes.push({
			code: NoteMixedLaw,
			detail: 'the plan has both PBL 1985 and PBL 2008 object types and no lovreferanse'
		});
		return null;
	}
	return old ? 'pbl1985' : current ? 'pbl2008' : null;
}
