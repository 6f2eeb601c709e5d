import type { PlanDocument } from '../../plans/types';
import { isUuid, uuidFromName } from './derive-uuid';
import { GML_NS, KP_NS, KP_SCHEMA_LOCATION, XLINK_NS, XSI_NS } from './namespaces';
import { writeFeature } from './write-feature';
import { writeEnvelope } from './write-geometry';
import { element, xmlDocument } from './xml-builder';

/**
 * Writes a plan as NPAD GML, Kommuneplan 20190401: a `gml:FeatureCollection` (the root
 * DiBK's test files and Arkitektum's NPAD writer use) with a `gml:boundedBy` envelope and
 * one `gml:featureMember` per feature, srsName `http://www.opengis.net/def/crs/EPSG/0/<srid>`.
 * Every feature gets a UUID lokalId (its objectId when that is one, else a name-based UUID
 * of it) and a gml:id made from it, unique in the document (R9).
 * `updatedAt` fills the required `oppdateringsdato` of features that have none; pass a
 * fixed time where the output must be reproducible (shipped sample files, tests).
 * @example parseNpadGml(writeNpadGml(plan)).features.length === plan.features.length
 */
export function writeNpadGml(plan: PlanDocument, options: { updatedAt?: Date } = {}): string {
	const now = (options.updatedAt ?? new Date()).toISOString().slice(0, 19);
	const used = new Set<string>();
	const members = plan.features.map((feature) => {
		const lokalId = uniqueLokalId(feature.properties.objectId, used);
		const context = { srid: plan.srid, header: plan.header, lokalId, gmlId: `_${lokalId}`, now };
		return element('gml:featureMember', {}, writeFeature(feature, context));
	});
	const envelope = writeEnvelope(
		plan.features.map((f) => f.geometry),
		plan.srid
	);
	const collectionId = `_plan-${uuidFromName(`${plan.header.municipality}/${plan.header.planId}`)}`;
	const root = element(
		'gml:FeatureCollection',
		{
			'xmlns:gml': GML_NS,
			'xmlns:app': KP_NS,
			'xmlns:xlink': XLINK_NS,
			'xmlns:xsi': XSI_NS,
			'xsi:schemaLocation': `${KP_NS} ${KP_SCHEMA_LOCATION}`,
			'gml:id': collectionId
		},
		envelope && element('gml:boundedBy', {}, envelope),
		members
	);
	return xmlDocument(root);
}

function uniqueLokalId(objectId: string, used: Set<string>): string {
	let candidate = isUuid(objectId) ? objectId.toLowerCase() : uuidFromName(objectId);
	for (let n = 2; used.has(candidate); n++) candidate = uuidFromName(`${objectId}#${n}`);
	used.add(candidate);
	return candidate;
}
