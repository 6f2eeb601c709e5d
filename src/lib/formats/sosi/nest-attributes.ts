import { formatValue } from './format-value';

interface Node {
	value?: string | number;
	children: Map<string, Node>;
}

/**
 * Turns dotted attributes back into SOSI dot levels (the inverse of read-groups.ts):
 * `{ 'UTNYTTING.UTNTYP': 15 }` → `..UTNYTTING`, `...UTNTYP 15`. Keys sharing a prefix
 * are written together, in order of first appearance; a `#2` repeat suffix is dropped
 * from the element name but keeps the repeat as its own group.
 * @example nestAttributes({ 'NASJONALAREALPLANID.KOMM': '0220' }) // ['..NASJONALAREALPLANID', '...KOMM 0220']
 */
export function nestAttributes(attributes: Readonly<Record<string, string | number>>): string[] {
	const root: Node = { children: new Map() };
	for (const [key, value] of Object.entries(attributes)) {
		let node = root;
		for (const part of key.split('.')) {
			let child = node.children.get(part);
			if (!child) node.children.set(part, (child = { children: new Map() }));
			node = child;
		}
		node.value = value;
	}
	const lines: string[] = [];
	const emit = (node: Node, level: number) => {
		for (const [name, child] of node.children) {
			const element = '.'.repeat(level) + name.replace(/#\d+$/, '');
			lines.push(child.value === undefined ? element : `${element} ${formatValue(child.value)}`);
			emit(child, level + 1);
		}
	};
	emit(root, 2);
	return lines;
}
