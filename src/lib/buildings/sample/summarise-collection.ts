import type { BuildingCollection, ConditionGrade, OldMunicipality } from '../types';
import { BUILDING_CATEGORIES, OLD_MUNICIPALITIES } from '../types';

const MUNICIPALITY_NAMES: Record<OldMunicipality, string> = {
	'0220': 'Asker',
	'0627': 'Røyken',
	'0628': 'Hurum'
};

/**
 * Markdown table of buildings per category and old municipality, with totals, as pasted
 * into SOURCE.md.
 * @example countTable(collection).split('\n')[0] // '| category | 0220 Asker | …'
 */
export function countTable(collection: BuildingCollection): string {
	const count = (m: OldMunicipality | null, c: string | null) =>
		collection.features.filter(
			(f) =>
				(m === null || f.properties.municipality === m) &&
				(c === null || f.properties.category === c)
		).length;
	const header = `| category | ${OLD_MUNICIPALITIES.map((m) => `${m} ${MUNICIPALITY_NAMES[m]}`).join(' | ')} | total |`;
	const rule = `|${' --- |'.repeat(OLD_MUNICIPALITIES.length + 2)}`;
	const rows = [...BUILDING_CATEGORIES, null].map((c) => {
		const cells = [...OLD_MUNICIPALITIES.map((m) => count(m, c)), count(null, c)];
		return `| ${c ?? '**total**'} | ${cells.join(' | ')} |`;
	});
	return [header, rule, ...rows].join('\n');
}

export interface PortfolioFigures {
	buildings: number;
	bta: number;
	leasedShare: number;
	/** Backlog ÷ BTA over owned buildings with a known backlog, NOK/m². */
	backlogPerM2: number;
	/** Count per overall grade; `unknown` for unsurveyed buildings. */
	grades: Record<ConditionGrade | 'unknown', number>;
	/** Buildings with users below 60 % of capacity. */
	underUsed: number;
}

/**
 * Key figures of the portfolio, to compare with the national references in SOURCE.md.
 * @example portfolioFigures(collection).backlogPerM2 // ≈ 2 000
 */
export function portfolioFigures(collection: BuildingCollection): PortfolioFigures {
	const all = collection.features.map((f) => f.properties);
	const withBacklog = all.filter((a) => a.maintenanceBacklog !== null && a.bta !== null);
	const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
	const grades: PortfolioFigures['grades'] = { 0: 0, 1: 0, 2: 0, 3: 0, unknown: 0 };
	for (const a of all) grades[a.condition ?? 'unknown']++;
	return {
		buildings: all.length,
		bta: sum(all.map((a) => a.bta ?? 0)),
		leasedShare: all.filter((a) => a.tenure === 'leased').length / Math.max(1, all.length),
		backlogPerM2:
			sum(withBacklog.map((a) => a.maintenanceBacklog ?? 0)) /
			Math.max(1, sum(withBacklog.map((a) => a.bta ?? 0))),
		grades,
		underUsed: all.filter((a) => a.capacity && a.users !== null && a.users < 0.6 * a.capacity)
			.length
	};
}
