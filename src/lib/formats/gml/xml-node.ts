/** One element of the feature being read: a small tree, thrown away once the feature is converted. */
export interface XmlNode {
	/** Namespace URI ('' when none). */
	ns: string;
	local: string;
	attributes: XmlAttribute[];
	children: XmlNode[];
	/** Character data directly inside the element, untrimmed. */
	text: string;
	/** 1-based line of the start tag, for error locations. */
	line: number;
}

export interface XmlAttribute {
	ns: string;
	local: string;
	value: string;
}

/**
 * The value of an attribute by namespace and local name (unqualified attributes have ns '').
 * @example attributeOf(polygon, 'srsName') // 'http://www.opengis.net/def/crs/EPSG/0/25832'
 */
export function attributeOf(node: XmlNode, local: string, ns = ''): string | undefined {
	return node.attributes.find((a) => a.local === local && a.ns === ns)?.value;
}

/**
 * Child elements with a local name, in document order.
 * @example childrenNamed(polygon, 'interior').length // number of holes
 */
export function childrenNamed(node: XmlNode, local: string): XmlNode[] {
	return node.children.filter((child) => child.local === local);
}

/**
 * The first descendant (depth first, document order) that passes a test.
 * @example findDescendant(surface, (n) => n.local === 'posList')
 */
export function findDescendant(node: XmlNode, test: (n: XmlNode) => boolean): XmlNode | undefined {
	for (const child of node.children) {
		if (test(child)) return child;
		const found = findDescendant(child, test);
		if (found) return found;
	}
	return undefined;
}
