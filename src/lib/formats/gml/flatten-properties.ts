import { coerceValue } from './coerce-value';
import { XLINK_NS, XSI_NS } from './namespaces';
import { attributeOf, type XmlNode } from './xml-node';

/**
 * Flattens NPAD property elements into dotted attribute names, skipping the data-type
 * wrapper element GML puts inside a property (`identifikasjon/Identifikasjon/lokalId` →
 * `identifikasjon.lokalId`). A reference property (`xlink:href`) keeps its target. A name
 * met again gets a `[n]` suffix (`utnytting.utnyttingstall[2]`), so repeated groups survive.
 * @example flattenProperties(featureNode.children)['arealplanId.kommunenummer'] // '0220'
 */
export function flattenProperties(properties: XmlNode[]): Record<string, string | number> {
	const out: Record<string, string | number> = {};
	for (const property of properties) flattenInto(out, property, property.local);
	return out;
}

function flattenInto(out: Record<string, string | number>, node: XmlNode, key: string): void {
	if (attributeOf(node, 'nil', XSI_NS) === 'true') return;
	const [only, ...others] = node.children;
	if (!only) {
		const value = node.text.trim() || attributeOf(node, 'href', XLINK_NS) || '';
		if (value !== '') add(out, key, coerceValue(value));
		return;
	}
	const container = others.length === 0 && /^\p{Lu}/u.test(only.local) ? only : node;
	for (const child of container.children) flattenInto(out, child, `${key}.${child.local}`);
}

function add(out: Record<string, string | number>, key: string, value: string | number): void {
	if (!(key in out)) {
		out[key] = value;
		return;
	}
	let n = 2;
	while (`${key}[${n}]` in out) n++;
	out[`${key}[${n}]`] = value;
}
