import { ParseError, ReasonMalformedGml, ReasonNotAPlan } from '../../errors';
import type { PlanFeature, PlanReadResult } from '../../plans/types';
import type { ParseNote } from '../format';
import { addHeaderFacts, buildHeader, type HeaderFacts } from './build-header';
import { decodeXml } from './decode-xml';
import { formatOfNamespace } from './namespaces';
import {
	NoteDuplicateObjectId,
	NoteForeignFeatures,
	NoteSkippedWithoutSurface,
	NoteUnknownObjectType
} from './notes';
import { classifyObjectType } from './object-types';
import { readPlanFeature } from './read-plan-feature';
import { streamFeatures } from './stream-features';

interface ParseOptions {
	/** Named in every error, so the user knows which file to fix. */
	fileName?: string;
}

/**
 * Reads a plan in NPAD GML (Kommuneplan 20190401; other Kommuneplan/Reguleringsplan
 * versions by local name) into Planbord's model, streaming: only the current feature is held
 * as XML. Areas come back with RFC 7946 ring orientation in the file's CRS (E N order);
 * lines and points are counted in a note, not returned. See plan-standards.md §6.1.
 * @example parseNpadGml(bytes, { fileName: 'kpa.gml' }).features.length
 */
export function parseNpadGml(
	input: Uint8Array | string,
	options: ParseOptions = {}
): PlanReadResult {
	const file = options.fileName;
	const features: PlanFeature[] = [];
	const notes: ParseNote[] = [];
	const facts: HeaderFacts = { objectTypes: new Set() };
	const skipped = new Map<string, number>();
	const unknown = new Map<string, number>();
	const ids = new Set<string>();
	let srid: number | undefined;
	let namespace: string | undefined;

	const { foreignFeatures } = streamFeatures(
		decodeXml(input, file),
		(node, documentSrsName) => {
			namespace ??= node.ns;
			const read = readPlanFeature(node, documentSrsName, file);
			if (!read.surface) {
				skipped.set(read.objectType, (skipped.get(read.objectType) ?? 0) + 1);
				addHeaderFacts(facts, read.objectType, read.attributes, read.name);
				return;
			}
			const { objectType, objectId, attributes, name } = read.feature.properties;
			if (srid !== undefined && srid !== read.srid) {
				const detail = `features use different CRSs (EPSG:${srid} and EPSG:${read.srid}); a plan has one`;
				throw new ParseError(ReasonMalformedGml, detail, {
					file,
					line: node.line,
					feature: objectId
				});
			}
			srid = read.srid;
			if (!classifyObjectType(objectType))
				unknown.set(objectType, (unknown.get(objectType) ?? 0) + 1);
			if (ids.has(objectId)) {
				notes.push({
					code: NoteDuplicateObjectId,
					feature: objectId,
					detail: `${objectId} occurs more than once`
				});
			}
			ids.add(objectId);
			for (const note of read.notes)
				if (!notes.some((n) => n.detail === note.detail)) notes.push(note);
			addHeaderFacts(facts, objectType, attributes, name);
			features.push(read.feature);
		},
		file
	);

	if (features.length === 0 || srid === undefined) {
		const lines = [...skipped.values()].reduce((a, b) => a + b, 0);
		const detail = `no plan areas (KpOmråde, KpArealformålOmråde, hensynssoner, …) found; ${lines} objects without a surface`;
		throw new ParseError(ReasonNotAPlan, detail, { file });
	}
	for (const [type, count] of skipped) {
		notes.push({
			code: NoteSkippedWithoutSurface,
			detail: `${count} × ${type} (no surface) not read`
		});
	}
	for (const [type, count] of unknown) {
		notes.push({
			code: NoteUnknownObjectType,
			detail: `${count} × ${type} read as zones without a code list`
		});
	}
	if (foreignFeatures > 0) {
		notes.push({
			code: NoteForeignFeatures,
			detail: `${foreignFeatures} objects outside the plan namespaces ignored`
		});
	}
	const { header, notes: headerNotes } = buildHeader(facts, formatOfNamespace(namespace ?? ''));
	return { header, features, srid, notes: [...headerNotes, ...notes] };
}
