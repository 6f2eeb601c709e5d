import { MergeError, ReasonMergeFailed } from '../errors';
import type { Harmonise, HarmoniseStatus, MergeOptions } from './types';

/** plan-standards §5 R13: "Plan-ID skal ikke ha mer enn 16 tegn". */
const MAX_PLAN_ID_LENGTH = 16;

/** The options `mergePlans` works with: defaults filled in and a harmonise function always present. */
export interface ResolvedOptions {
	sliverWidth: number;
	minArea: number;
	identity: MergeOptions['identity'];
	harmonise: Harmonise;
	harmoniseStatus: HarmoniseStatus;
}

/** Default code mapping: every code is its own harmonised code and known. */
const keepCode: Harmonise = (code, codeList) => ({ code, codeList, known: true, judgement: null });
const keepStatus: HarmoniseStatus = (status) => ({ status, judgement: null });

/**
 * Fills in defaults (sliverWidth 5 m, minArea 1 m²) and refuses options the merged plan
 * could not be written with: a plan-ID over 16 characters, negative thresholds.
 * @example resolveOptions({ identity }).sliverWidth // 5
 */
export function resolveOptions(options: Partial<MergeOptions> = {}): ResolvedOptions {
	const { identity } = options;
	if (!identity) {
		throw new MergeError(
			ReasonMergeFailed,
			'options.identity is required (the merged plan needs an identity)'
		);
	}
	if (identity.planId.length === 0 || identity.planId.length > MAX_PLAN_ID_LENGTH) {
		throw new MergeError(
			ReasonMergeFailed,
			`planId "${identity.planId}" must have 1 to ${MAX_PLAN_ID_LENGTH} characters`
		);
	}
	const sliverWidth = options.sliverWidth ?? 5;
	const minArea = options.minArea ?? 1;
	if (!(sliverWidth >= 0) || !(minArea >= 0)) {
		throw new MergeError(ReasonMergeFailed, 'sliverWidth and minArea must be numbers ≥ 0');
	}
	return {
		sliverWidth,
		minArea,
		identity: { ...identity },
		harmonise: options.harmonise ?? keepCode,
		harmoniseStatus: options.harmoniseStatus ?? keepStatus
	};
}

/**
 * The options as reported in the result: plain data, JSON-serialisable.
 * @example publicOptions(resolveOptions({ identity })) // { sliverWidth: 5, minArea: 1, identity }
 */
export function publicOptions(options: ResolvedOptions): MergeOptions {
	return { sliverWidth: options.sliverWidth, minArea: options.minArea, identity: options.identity };
}
