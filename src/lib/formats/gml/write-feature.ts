import type { PlanFeature, PlanHeader } from '../../plans/types';
import { coerceValue } from './coerce-value';
import { elementOrder, GROUPS, npadObjectType } from './npad-schema';
import { classifyObjectType } from './object-types';
import { placeAttributes, type PlacedAttributes } from './place-attributes';
import {
	SLOT_ATTRIBUTE_PREFIX,
	SLOT_FIELD_PREFIX,
	SLOT_OBJECT_ID,
	SLOT_TEXT_PREFIX,
	type SlotField
} from './planbord-slots';
import { writeSurface } from './write-geometry';
import { element, type Xml } from './xml-builder';

/** What a feature needs from the document it is written into. */
export interface FeatureWriteContext {
	srid: number;
	header: PlanHeader;
	/** The feature's lokalId, unique in the document (R9). */
	lokalId: string;
	gmlId: string;
	/** xs:dateTime for `oppdateringsdato` when the feature has none; the schema requires one. */
	now: string;
}

/**
 * Writes one plan feature as an NPAD KP 20190401 feature in the schema's element order.
 * Model fields and attributes go to their properties; kommunenummer and planidentifikasjon
 * fall back to the header. What the type has no property for is kept in `gml:name`
 * elements with Planbord code spaces (see planbord-slots.ts), never in `beskrivelse`.
 * @example writeFeature(feature, { srid: 25832, header, lokalId, gmlId: `_${lokalId}`, now })
 */
export function writeFeature(feature: PlanFeature, context: FeatureWriteContext): Xml {
	const p = feature.properties;
	const type = npadObjectType(p);
	const order = elementOrder(type);
	const info = classifyObjectType(type);
	const inOrder = (name: string | null | undefined) => (name && order.includes(name) ? name : null);
	const fields: Record<SlotField, [string | null, string | number | null]> = {
		code: [inOrder(info?.codeElement), p.code],
		status: [inOrder('arealbruksstatus'), p.status],
		name: [inOrder(info?.nameElement), p.name]
	};
	const { 'gml:description': description, 'gml:name': gmlName, ...attributes } = p.attributes;
	const reserved = new Set([
		'identifikasjon.lokalId',
		...Object.values(fields).map(([e]) => e ?? '')
	]);
	const placed = placeAttributes(attributes, order, reserved);
	for (const [element, value] of Object.values(fields)) {
		if (element && value !== null) placed.simple.set(element, String(value));
	}
	setDefault(placed, 'identifikasjon', 'lokalId', context.lokalId);
	setDefault(placed, 'arealplanId', 'kommunenummer', context.header.municipality);
	setDefault(placed, 'arealplanId', 'planidentifikasjon', context.header.planId);
	if (!placed.simple.has('oppdateringsdato')) placed.simple.set('oppdateringsdato', context.now);

	const slots = (
		Object.entries(fields) as Array<[SlotField, [string | null, string | number | null]]>
	)
		.filter(([, [element, value]]) => !element && value !== null)
		.map(([field, [, value]]) =>
			element('gml:name', { codeSpace: SLOT_FIELD_PREFIX + field }, value)
		);
	const properties = order.map((name) => {
		if (name === 'område')
			return element('app:område', {}, writeSurface(feature.geometry, context.srid, context.gmlId));
		if (name in GROUPS) return writeGroup(name, placed);
		const value = placed.simple.get(name);
		return value === undefined ? null : element(`app:${name}`, {}, value);
	});
	return element(
		`app:${type}`,
		{ 'gml:id': context.gmlId },
		description === undefined ? null : element('gml:description', {}, description),
		p.objectId === context.lokalId
			? null
			: element('gml:identifier', { codeSpace: SLOT_OBJECT_ID }, p.objectId),
		gmlName === undefined ? null : element('gml:name', {}, gmlName),
		slots,
		placed.leftovers.map(([key, value]) => leftover(key, value)),
		properties
	);
}

function writeGroup(name: string, placed: PlacedAttributes): Xml[] {
	const group = GROUPS[name];
	const instances = [...(placed.groups.get(name) ?? new Map<number, Map<string, string>>())];
	if (!group) return [];
	return instances
		.sort(([a], [b]) => a - b)
		.map(([, leaves]) =>
			element(
				`app:${name}`,
				{},
				element(
					`app:${group.wrapper}`,
					{},
					group.leaves.map((leaf) =>
						leaves.has(leaf) ? element(`app:${leaf}`, {}, leaves.get(leaf)) : null
					)
				)
			)
		);
}

function setDefault(
	placed: PlacedAttributes,
	group: string,
	leaf: string,
	value: string | null
): void {
	if (value === null) return;
	const instances = placed.groups.get(group) ?? new Map<number, Map<string, string>>();
	const first = instances.get(1) ?? new Map<string, string>();
	if (!first.has(leaf)) first.set(leaf, value);
	instances.set(1, first);
	placed.groups.set(group, instances);
}

/** A text that would read back as a number is marked as text, so its type survives. */
function leftover(key: string, value: string | number): Xml {
	const prefix =
		typeof value === 'string' && coerceValue(value) !== value
			? SLOT_TEXT_PREFIX
			: SLOT_ATTRIBUTE_PREFIX;
	return element('gml:name', { codeSpace: prefix + encodeURIComponent(key) }, value);
}
