import { SaxesParser, type SaxesTagNS } from 'saxes';
import {
	ParseError,
	PlanbordError,
	ReasonMalformedGml,
	ReasonXmlDoctypeForbidden
} from '../../errors';
import { GML_NS, isPlanNamespace } from './namespaces';
import type { XmlNode } from './xml-node';

/** What the stream saw besides the features it handed over. */
export interface StreamSummary {
	/** Members of the collection in namespaces other than the plan product specifications. */
	foreignFeatures: number;
}

/** Called once per plan feature, with the srsName of the root or its envelope, if any. */
export type FeatureHandler = (feature: XmlNode, documentSrsName: string | undefined) => void;

const MEMBERS = new Set(['featureMember', 'featureMembers', 'member']);
/**
 * Plan GML nests a few dozen elements deep. Far deeper nesting is refused: saxes resolves
 * each tag's namespace up the open-tag stack (quadratic time, 10 000 levels took ~5 s) and
 * the feature readers recurse (a stack overflow further down).
 */
export const MAX_XML_DEPTH = 1_000;
const DOCTYPE_BEFORE_ROOT = /^[^]*?<!DOCTYPE/i;

/**
 * Reads GML with saxes and hands each plan feature to `onFeature` as a small tree, holding
 * only the current feature in memory. A plan feature is an element in a plan namespace whose
 * local name is a type name (upper-case first letter), outside any other feature.
 *
 * Any DOCTYPE is refused: saxes never expands DTD entities, but an internal subset is how
 * "billion laughs" and external-entity (XXE) attacks arrive, and plan GML never needs one.
 * @example streamFeatures(decodeXml(bytes), (node) => features.push(node), 'plan.gml')
 */
export function streamFeatures(
	chunks: Iterable<string>,
	onFeature: FeatureHandler,
	file?: string
): StreamSummary {
	const parser = new SaxesParser({ xmlns: true, position: true });
	const open: XmlNode[] = [];
	const outside: string[] = [];
	let documentSrsName: string | undefined;
	let skipDepth = 0;
	let foreignFeatures = 0;

	const forbidDoctype = (line: number): never => {
		throw new ParseError(
			ReasonXmlDoctypeForbidden,
			'a DOCTYPE (DTD or entity declarations) is not allowed',
			{ file, line }
		);
	};
	parser.on('doctype', () => forbidDoctype(parser.line));
	parser.on('opentag', (tag: SaxesTagNS) => {
		if (outside.length + open.length + skipDepth >= MAX_XML_DEPTH) {
			const detail = `elements nested more than ${MAX_XML_DEPTH} levels deep`;
			throw new ParseError(ReasonMalformedGml, detail, { file, line: parser.line });
		}
		if (skipDepth > 0) return void skipDepth++;
		const parent = open.at(-1);
		if (parent || isFeature(tag)) {
			const node = toNode(tag, parser.line);
			parent?.children.push(node);
			open.push(node);
		} else if (MEMBERS.has(outside.at(-1) ?? '') && tag.uri !== GML_NS) {
			foreignFeatures++;
			skipDepth = 1;
		} else {
			outside.push(tag.local);
			documentSrsName ??= tag.attributes.srsName?.value;
		}
	});
	parser.on('closetag', () => {
		if (skipDepth > 0) return void skipDepth--;
		const node = open.pop();
		if (!node) outside.pop();
		else if (open.length === 0) onFeature(node, documentSrsName);
	});
	const addText = (text: string) => {
		const node = open.at(-1);
		if (node) node.text += text;
	};
	parser.on('text', addText);
	parser.on('cdata', addText);

	let first = true;
	try {
		for (const chunk of chunks) {
			if (first) checkProlog(chunk, forbidDoctype);
			first = false;
			parser.write(chunk);
		}
		parser.close();
	} catch (error) {
		if (error instanceof PlanbordError) throw error;
		const detail = (error as Error).message.replace(/^\d+:\d+: /, '');
		const feature = open[0]?.attributes.find((a) => a.local === 'id')?.value;
		throw new ParseError(ReasonMalformedGml, detail, { file, line: parser.line, feature });
	}
	return { foreignFeatures };
}

/** Refuses a DOCTYPE before the parser has buffered any of it. */
function checkProlog(chunk: string, forbid: (line: number) => never): void {
	const match = DOCTYPE_BEFORE_ROOT.exec(chunk);
	if (!match) return;
	const before = match[0];
	const rootStart = /<[A-Za-z_]/.exec(before);
	if (rootStart) return;
	forbid(before.split('\n').length);
}

function isFeature(tag: SaxesTagNS): boolean {
	return (
		isPlanNamespace(tag.uri) && /^\p{Lu}/u.test(tag.local) && tag.local !== 'FeatureCollection'
	);
}

function toNode(tag: SaxesTagNS, line: number): XmlNode {
	const attributes = Object.values(tag.attributes)
		.filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns')
		.map((a) => ({ ns: a.uri, local: a.local, value: a.value }));
	return { ns: tag.uri, local: tag.local, attributes, children: [], text: '', line };
}
