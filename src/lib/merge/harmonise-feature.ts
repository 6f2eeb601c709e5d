import type { PlanFeature } from '../plans/types';
import type { ConflictType, Harmonise, MergeRule } from './types';

/** The code a feature carries in the merged plan, and the conflict that produced it, if any. */
export interface HarmoniseOutcome {
	code: string | null;
	codeList: PlanFeature['properties']['codeList'];
	conflict: { type: ConflictType; rule: MergeRule; detail: string } | null;
}

/**
 * Step 1: maps a feature's code with the injected `harmonise`. A changed code is reported
 * ('harmonised-code'); a code no list knows is kept as it is and reported ('unknown-code'),
 * because an adopted plan keeps its original coding in law (plan-standards §0.3, §3.3) and
 * the merge must not invent a meaning for it.
 * @example harmoniseFeature(feature, harmoniseCode).conflict?.type // 'harmonised-code'
 */
export function harmoniseFeature(feature: PlanFeature, harmonise: Harmonise): HarmoniseOutcome {
	const { code, codeList } = feature.properties;
	const result = harmonise(code, codeList);
	const from = `${codeList}:${code ?? 'null'}`;
	if (!result.known) {
		return {
			code,
			codeList,
			conflict: {
				type: 'unknown-code',
				rule: 'code-kept-unknown',
				detail: `${from} not in any known code list; kept`
			}
		};
	}
	if (result.code === code && result.codeList === codeList)
		return { code, codeList, conflict: null };
	const judgement = result.judgement ? `; ${result.judgement}` : '';
	return {
		code: result.code,
		codeList: result.codeList,
		conflict: {
			type: 'harmonised-code',
			rule: 'code-harmonised',
			detail: `${from} -> ${result.codeList}:${result.code ?? 'null'}${judgement}`
		}
	};
}
