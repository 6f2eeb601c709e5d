/**
 * Markup made by `element`: a small tree, serialised once with indentation. A class rather
 * than a branded string, so that no text (a plan name that happens to start with `<`) can
 * ever pass for markup at run time.
 */
class Markup {
	constructor(
		readonly open: string,
		readonly name: string,
		/** Nested markup, or text already escaped. */
		readonly children: ReadonlyArray<Markup | string>
	) {}

	toString(): string {
		const out: string[] = [];
		serialise(this, '', out);
		return out.join('');
	}
}

export type Xml = Markup;

/** What an element may contain: markup, or values that are escaped as text. */
export type XmlChild = Xml | string | number | null | undefined | readonly XmlChild[];

/** XML 1.0 cannot carry these characters at all, not even as references. */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const NEEDS_ESCAPE = /[&<>"'\n\r\t]|[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
	'\n': '&#10;',
	'\r': '&#13;',
	'\t': '&#9;'
};

/**
 * Escapes text for element content and attribute values alike. Line breaks and tabs become
 * character references so that indentation never changes a value, and characters XML cannot
 * represent become U+FFFD.
 * @example escapeXml('Hvalstad & Vollen') // 'Hvalstad &amp; Vollen'
 */
export function escapeXml(text: string): string {
	if (!NEEDS_ESCAPE.test(text)) return text;
	return text.replace(NOT_XML, '\ufffd').replace(/[&<>"'\n\r\t]/g, (c) => ESCAPES[c] as string);
}

/**
 * Builds one element. Strings and numbers among the children are text and are escaped;
 * `Xml` children are nested elements, each on its own line, indented one tab. Attributes
 * whose value is undefined are left out. Names are the caller's constants or checked names.
 * @example String(element('app:områdenavn', {}, 'B1 & B2')) // '<app:områdenavn>B1 &amp; B2</app:områdenavn>'
 */
export function element(
	name: string,
	attributes: Record<string, string | number | undefined>,
	...children: XmlChild[]
): Xml {
	let open = `<${name}`;
	for (const [key, value] of Object.entries(attributes)) {
		if (value !== undefined) open += ` ${key}="${escapeXml(String(value))}"`;
	}
	const content: Array<Markup | string> = [];
	for (const child of flatten(children))
		content.push(child instanceof Markup ? child : escapeXml(String(child)));
	return new Markup(open, name, content);
}

/**
 * A whole document: the XML declaration and the root element.
 * @example xmlDocument(element('a', {})) // '<?xml version="1.0" encoding="UTF-8"?>\n<a/>\n'
 */
export function xmlDocument(root: Xml): string {
	return `<?xml version="1.0" encoding="UTF-8"?>\n${root.toString()}\n`;
}

/**
 * True for a name usable as an XML element name without a prefix (an NCName).
 * @example isXmlName('KpFareSone') // true
 */
export function isXmlName(name: string): boolean {
	return /^[\p{L}_][\p{L}\p{N}._-]*$/u.test(name);
}

/** Writes a tree in one pass: text-only elements on one line, nested ones indented by tabs. */
function serialise(node: Markup, indent: string, out: string[]): void {
	out.push(indent, node.open);
	if (node.children.length === 0) {
		out.push('/>');
	} else if (!node.children.some((child) => child instanceof Markup)) {
		out.push('>', ...(node.children as string[]), `</${node.name}>`);
	} else {
		const inner = indent + '\t';
		out.push('>');
		for (const child of node.children) {
			out.push('\n');
			if (child instanceof Markup) serialise(child, inner, out);
			else out.push(inner, child);
		}
		out.push('\n', indent, `</${node.name}>`);
	}
}

function flatten(children: readonly XmlChild[]): Array<Xml | string | number> {
	const out: Array<Xml | string | number> = [];
	for (const child of children) {
		if (child === null || child === undefined) continue;
		if (Array.isArray(child)) out.push(...flatten(child));
		else out.push(child as Xml | string | number);
	}
	return out;
}
