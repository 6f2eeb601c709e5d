import { createHash } from 'node:crypto';
import type { MultiPolygon } from 'geojson';
import { ParseError, ReasonNotAPlan, ReasonUnknownMunicipality } from '$lib/errors';
import type { ParseNote } from '$lib/formats/format';
import { readPlanFile } from '$lib/formats/read-plan-file';
import { validatePlan, type PlanProblem } from '$lib/merge/validate-plan';
import { checkPlanLocation } from '$lib/plans/check-plan-location';
import { ensureUniqueIds } from '$lib/plans/ensure-unique-ids';
import { toCanonicalFeatures } from '$lib/plans/reproject-plan';
import type { PlanFeature, PlanHeader } from '$lib/plans/types';
import type { Territory } from './read-territories';

/** One uploaded plan file; `municipality` overrides (or supplies) the file's kommunenummer. */
export interface PlanUpload {
	fileName: string;
	bytes: Uint8Array;
	municipality?: string;
}

/** A plan read, moved to EPSG:25832, located and validated: ready to store. */
export interface PreparedPlan {
	fileName: string;
	contentHash: string;
	header: PlanHeader;
	municipality: Territory;
	planId: string;
	name: string;
	sourceSrid: number;
	features: PlanFeature[];
	notes: ParseNote[];
	problems: PlanProblem[];
}

/**
 * Everything an import does before it touches the database: read the file, find its old
 * municipality, reproject, refuse a plan in the wrong place, and run the plan validation.
 * Throws a ParseError/CrsError naming the file; nothing is stored by this step.
 * @example const prepared = preparePlan({ fileName: 'royken.sos', bytes }, territories.old);
 */
export function preparePlan(
	upload: PlanUpload,
	territories: Territory[],
	maxBytes?: number
): PreparedPlan {
	const read = readPlanFile(upload.bytes, upload.fileName, maxBytes);
	const number = upload.municipality ?? read.header.municipality;
	const municipality = territories.find((t) => t.number === number);
	if (!municipality) {
		const known = territories.map((t) => `${t.number} ${t.name}`).join(', ');
		throw new ParseError(
			ReasonUnknownMunicipality,
			`${number ? `kommunenummer ${number} is not` : 'no kommunenummer in the file, and none given; expected'} one of ${known}`,
			{ file: upload.fileName }
		);
	}
	if (!read.features.some((f) => f.properties.kind === 'landuse')) {
		throw new ParseError(ReasonNotAPlan, 'no land-use areas (arealformål/arealbruk) in the file', {
			file: upload.fileName
		});
	}
	const unique = ensureUniqueIds(read.features);
	const features = toCanonicalFeatures(unique.features, read.srid);
	checkPlanLocation(features, municipality.geometry, {
		file: upload.fileName,
		srid: read.srid,
		municipalityName: municipality.name
	});
	return {
		fileName: upload.fileName,
		contentHash: createHash('sha256').update(upload.bytes).digest('hex'),
		header: read.header,
		municipality,
		planId: (read.header.planId ?? `${municipality.number}-KPA`).slice(0, 16),
		name: read.header.name ?? `Kommuneplanens arealdel for ${municipality.name}`,
		sourceSrid: read.srid,
		features,
		notes: [...read.notes, ...unique.notes],
		problems: validatePlan(features, { planArea: planAreaOf(features) ?? municipality.geometry })
	};
}

/** The plan's own boundary (its KpOmråde areas), when the file has one. */
function planAreaOf(features: PlanFeature[]): MultiPolygon | null {
	const areas = features.filter((f) => f.properties.kind === 'planarea');
	if (areas.length === 0) return null;
	return {
		type: 'MultiPolygon',
		coordinates: areas.flatMap((f) =>
			f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
		)
	};
}
