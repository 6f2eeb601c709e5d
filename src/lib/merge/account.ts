import { UNITS_PER_METRE } from './geometry/to-paths';
import type { AreaAccount, AreaAccountRow } from './types';
import type { WorkFeature } from './work-feature';

const M2 = UNITS_PER_METRE ** 2;

/** The account columns a merge step adds to; `after` comes from the output features. */
export type LedgerColumn = 'before' | 'clipped' | 'overlapRemoved' | 'slivered' | 'unresolved';

type Sums = Record<LedgerColumn | 'after', number>;

/**
 * The row key of a land-use feature: its harmonised code, or 'no-code'.
 * @example mainKeyOf(feature) // '1110'
 */
export function mainKeyOf(feature: Pick<WorkFeature, 'code'>): string {
	return feature.code ?? 'no-code';
}

/**
 * Collects areas per (old municipality, main key) as the steps run, in mm². The figures are
 * exact sums of exact integer areas (pieces and output polygons measured independently),
 * so the account is a real check that nothing was lost, not a tautology.
 */
export class AreaLedger {
	private readonly sums = new Map<string, { municipality: string; mainKey: string; sums: Sums }>();

	/** Adds `mm2` to a column; zero additions create no row. */
	add(municipality: string, mainKey: string, column: LedgerColumn | 'after', mm2: number): void {
		if (mm2 === 0) return;
		const key = `${municipality}\u0000${mainKey}`;
		let row = this.sums.get(key);
		if (!row) {
			const sums: Sums = {
				before: 0,
				after: 0,
				clipped: 0,
				overlapRemoved: 0,
				slivered: 0,
				unresolved: 0
			};
			row = { municipality, mainKey, sums };
			this.sums.set(key, row);
		}
		row.sums[column] += mm2;
	}

	/**
	 * The account in m², rows sorted by (municipality, mainKey), with the conservation check
	 * (plan-standards §5 R1: gaps and overlaps reported in m²).
	 */
	toAccount(boundaryAreaMm2: number): AreaAccount {
		const rows: AreaAccountRow[] = [...this.sums.values()]
			.sort((a, b) => compare(a.municipality, b.municipality) || compare(a.mainKey, b.mainKey))
			.map(({ municipality, mainKey, sums }) => ({
				municipality,
				mainKey,
				before: sums.before / M2,
				after: sums.after / M2,
				clipped: sums.clipped / M2,
				overlapRemoved: sums.overlapRemoved / M2,
				slivered: sums.slivered / M2,
				unresolved: sums.unresolved / M2
			}));
		const total = (column: keyof Sums) =>
			[...this.sums.values()].reduce((sum, row) => sum + row.sums[column], 0);
		const t = {
			before: total('before'),
			after: total('after'),
			clipped: total('clipped'),
			overlapRemoved: total('overlapRemoved'),
			slivered: total('slivered'),
			unresolved: total('unresolved')
		};
		const imbalanceMm2 = Math.abs(
			t.before - t.clipped - t.overlapRemoved + t.slivered + t.unresolved - t.after
		);
		const boundaryArea = boundaryAreaMm2 / M2;
		const imbalance = imbalanceMm2 / M2;
		return {
			rows,
			totals: {
				before: t.before / M2,
				after: t.after / M2,
				clipped: t.clipped / M2,
				overlapRemoved: t.overlapRemoved / M2,
				slivered: t.slivered / M2,
				unresolved: t.unresolved / M2,
				boundaryArea
			},
			imbalance,
			imbalancePerKm2: boundaryArea > 0 ? imbalance / (boundaryArea / 1e6) : 0
		};
	}
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
