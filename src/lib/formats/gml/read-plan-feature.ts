import type { PlanFeature } from '../../plans/types';
import { CrsError, ReasonUnknownCrs } from '../../errors';
import type { ParseNote } from '../format';
import { coerceValue } from './coerce-value';
import { flattenProperties } from './flatten-properties';
import { GML_LEGACY_NS, GML_NS, isGmlNamespace } from './namespaces';
import { NoteCrsEquivalent } from './notes';
import { classifyObjectType, NAME_ELEMENTS } from './object-types';
import {
	SLOT_ATTRIBUTE_PREFIX,
	SLOT_FIELD_PREFIX,
	SLOT_FIELDS,
	SLOT_OBJECT_ID,
	SLOT_TEXT_PREFIX,
	type SlotField
} from './planbord-slots';
import { readSrsName } from './read-srs';
import { readSurface, SURFACE_ELEMENTS } from './read-surface';
import { attributeOf, childrenNamed, findDescendant, type XmlNode } from './xml-node';

type Attributes = Record<string, string | number>;

/** One feature read from GML: a plan area, or an object without a surface (line, point). */
export type ReadFeature =
	| { surface: true; feature: PlanFeature; srid: number; notes: ParseNote[] }
	| { surface: false; objectType: string; attributes: Attributes; name: string | null };

/**
 * Converts one NPAD feature element into Planbord's model. The code, status, name and
 * identifier move into their fields; every other property stays in `attributes`, flattened.
 * @example readPlanFeature(node, 'http://www.opengis.net/def/crs/EPSG/0/25832', 'plan.gml')
 */
export function readPlanFeature(
	node: XmlNode,
	documentSrsName: string | undefined,
	file?: string
): ReadFeature {
	const gmlId = attributeOf(node, 'id', GML_NS) ?? attributeOf(node, 'id', GML_LEGACY_NS);
	const where = { file, feature: gmlId ?? node.local };
	const properties = node.children.filter((child) => !isGmlNamespace(child.ns));
	const isGeometry = (p: XmlNode) => p.children.some((c) => isGmlNamespace(c.ns));
	const attributes = flattenProperties(properties.filter((p) => !isGeometry(p)));
	const slots = readSlots(node, attributes);
	const info = classifyObjectType(node.local);

	const code = slots.code ?? take(attributes, info?.codeElement);
	const status = readStatus(slots.status ?? take(attributes, 'arealbruksstatus'), attributes);
	const nameKey = [info?.nameElement, ...NAME_ELEMENTS].find((key) => key && key in attributes);
	const name = slots.name ?? take(attributes, nameKey);
	const lokalId = take(attributes, 'identifikasjon.lokalId');
	const geometryNode = properties
		.filter(isGeometry)
		.sort((a, b) => Number(b.local === 'område') - Number(a.local === 'område'))
		.map((p) => p.children.find((c) => isGmlNamespace(c.ns) && SURFACE_ELEMENTS.has(c.local)))
		.find((surface) => surface !== undefined);
	if (!geometryNode) {
		if (lokalId !== undefined) attributes['identifikasjon.lokalId'] = lokalId;
		return { surface: false, objectType: node.local, attributes, name: textOrNull(name) };
	}

	const srsName =
		attributeOf(geometryNode, 'srsName') ??
		findSrsName(geometryNode) ??
		findSrsName(childrenNamed(node, 'boundedBy')[0]) ??
		documentSrsName;
	if (srsName === undefined) {
		const detail = 'no srsName on the geometry, the feature envelope or the collection';
		throw new CrsError(ReasonUnknownCrs, detail, { ...where, line: geometryNode.line });
	}
	const crs = readSrsName(srsName, { ...where, line: geometryNode.line });
	const geometry = readSurface(geometryNode, { dimension: crs.dimension, swap: crs.swap, where });
	const objectId = String(slots.objectId ?? lokalId ?? gmlId ?? `${node.local}@${node.line}`);
	const feature: PlanFeature = {
		type: 'Feature',
		geometry,
		properties: {
			kind: info?.kind ?? 'zone',
			objectType: node.local,
			code: textOrNull(code),
			codeList: info?.codeList ?? 'none',
			status,
			name: textOrNull(name),
			objectId,
			attributes
		}
	};
	const notes = crs.note ? [{ code: NoteCrsEquivalent, feature: objectId, detail: crs.note }] : [];
	return { surface: true, feature, srid: crs.srid, notes };
}

/** Reads Planbord's own `gml:identifier`/`gml:name` slots; other ones become attributes. */
function readSlots(
	node: XmlNode,
	attributes: Attributes
): Partial<Record<SlotField | 'objectId', string | number>> {
	const slots: Partial<Record<SlotField | 'objectId', string | number>> = {};
	for (const child of node.children) {
		if (!isGmlNamespace(child.ns) || child.local === 'boundedBy') continue;
		const codeSpace = attributeOf(child, 'codeSpace') ?? '';
		const text = child.text.trim();
		const field = SLOT_FIELDS.find((f) => codeSpace === SLOT_FIELD_PREFIX + f);
		if (child.local === 'identifier' && codeSpace === SLOT_OBJECT_ID) slots.objectId = text;
		else if (field) slots[field] = field === 'status' ? coerceValue(text) : text;
		else if (codeSpace.startsWith(SLOT_TEXT_PREFIX)) {
			attributes[decodeURIComponent(codeSpace.slice(SLOT_TEXT_PREFIX.length))] = text;
		} else if (codeSpace.startsWith(SLOT_ATTRIBUTE_PREFIX)) {
			attributes[decodeURIComponent(codeSpace.slice(SLOT_ATTRIBUTE_PREFIX.length))] =
				coerceValue(text);
		} else if (text && !(`gml:${child.local}` in attributes))
			attributes[`gml:${child.local}`] = text;
	}
	return slots;
}

function readStatus(value: string | number | undefined, attributes: Attributes): number | null {
	if (typeof value === 'number') return value;
	if (value !== undefined) attributes.arealbruksstatus = value;
	return null;
}

function findSrsName(node: XmlNode | undefined): string | undefined {
	if (!node) return undefined;
	const holder = findDescendant(node, (n) => attributeOf(n, 'srsName') !== undefined);
	return holder && attributeOf(holder, 'srsName');
}

function take(attributes: Attributes, key: string | null | undefined): string | number | undefined {
	if (!key || !(key in attributes)) return undefined;
	const value = attributes[key];
	delete attributes[key];
	return value;
}

function textOrNull(value: string | number | undefined): string | null {
	return value === undefined ? null : String(value);
}
