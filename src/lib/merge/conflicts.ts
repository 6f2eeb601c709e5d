import { Clipper, FillRule, type Paths64 } from 'clipper2-ts';
import { boxOf, boxesTouch } from './geometry/box';
import { pathsArea } from './geometry/paths-area';
import { lowestLeftmost } from './geometry/lowest-leftmost';
import { regionToGeoJson } from './geometry/to-geojson';
import type { PartsByRank } from './build-output';
import { CONFLICT_TYPES, type MergeConflict } from './types';
import { compareKeys, type DraftConflict } from './work-feature';

/**
 * Turns draft conflicts into the report: `resolvedInto` becomes the id of the output polygon
 * that holds the piece, conflicts are sorted by type (CONFLICT_TYPES order), then first
 * municipality, then area descending (then by their objects and position, so the order is
 * total), and numbered C0001, ….
 * @example finaliseConflicts(drafts, output.parts)[0].id // 'C0001'
 */
export function finaliseConflicts(drafts: DraftConflict[], parts: PartsByRank): MergeConflict[] {
	const conflicts = drafts.map((draft) => ({
		draft,
		objects: [...draft.sourceObjects]
			.sort((a, b) =>
				compareKeys(
					a.municipality,
					a.source.properties.objectId,
					b.municipality,
					b.source.properties.objectId
				)
			)
			.map((f) => ({ municipality: f.municipality, objectId: f.source.properties.objectId })),
		anchor: draft.shape && draft.shape[0] ? lowestLeftmost(draft.shape.flat()) : { x: 0, y: 0 }
	}));
	conflicts.sort((a, b) => {
		const x = a.draft;
		const y = b.draft;
		return (
			CONFLICT_TYPES.indexOf(x.type) - CONFLICT_TYPES.indexOf(y.type) ||
			compare(x.municipalities[0] ?? '', y.municipalities[0] ?? '') ||
			y.area - x.area ||
			compare(JSON.stringify(a.objects), JSON.stringify(b.objects)) ||
			a.anchor.x - b.anchor.x ||
			a.anchor.y - b.anchor.y ||
			compare(x.rule, y.rule) ||
			compare(x.detail, y.detail)
		);
	});
	return conflicts.map(({ draft, objects }, k) => ({
		id: `C${String(k + 1).padStart(4, '0')}`,
		type: draft.type,
		rule: draft.rule,
		municipalities: draft.municipalities,
		sourceObjects: objects,
		geometry: draft.shape ? regionToGeoJson(draft.shape) : null,
		area: draft.area,
		resolvedInto: draft.target ? resolveTarget(draft.target, parts) : null,
		detail: draft.detail
	}));
}

/** The output polygon of the target feature that overlaps the piece most (else its first). */
function resolveTarget(
	target: { rank: number; piece: Paths64 | null },
	parts: PartsByRank
): string | null {
	const candidates = parts.get(target.rank) ?? [];
	if (candidates.length <= 1 || !target.piece) return candidates[0]?.id ?? null;
	const box = boxOf(target.piece);
	let best = candidates[0]!;
	let bestArea = -1;
	for (const part of candidates) {
		const partBox = boxOf(part.shape);
		if (!box || !partBox || !boxesTouch(box, partBox)) continue;
		const area = pathsArea(Clipper.intersect(part.shape, target.piece, FillRule.NonZero));
		if (area > bestArea) {
			best = part;
			bestArea = area;
		}
	}
	return best.id;
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
