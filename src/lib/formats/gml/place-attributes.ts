import { normaliseName } from './normalise-name';
import { DATE_TIME_PROPERTIES, GROUPS, SIMPLE_PROPERTIES } from './npad-schema';

/** Attribute values sorted into the places an NPAD feature type has for them. */
export interface PlacedAttributes {
	/** Simple property → text. */
	simple: Map<string, string>;
	/** Group property → instance (1, 2, … for repeated `utnytting`) → leaf → text. */
	groups: Map<string, Map<number, Map<string, string>>>;
	/** What the type has no property for, kept so that nothing is lost. */
	leftovers: Array<[string, string | number]>;
}

/** SOSI names (plan-standards.md §4.3) and GDAL's field names for the same properties. */
const SOSI_NAMES: Readonly<Record<string, string>> = {
	komm: 'arealplanId.kommunenummer',
	planid: 'arealplanId.planidentifikasjon',
	utntyp: 'utnytting.utnyttingstype',
	utntall: 'utnytting.utnyttingstall',
	planstat: 'planstatus',
	planbest: 'planbestemmelse',
	ikraft: 'ikrafttredelsesdato',
	oplarealutdyp: 'arealbruksutdyping',
	lovreferansetype: 'lovreferanse',
	eierformtype: 'eierform',
	omrnavn: 'områdenavn'
};
const GROUP_NAMES: Readonly<Record<string, string>> = { nasjonalArealplanId: 'arealplanId' };
const BY_NAME = buildNameIndex();

/**
 * Places attributes read from any format into a feature type's properties: exact NPAD
 * names first (`utnytting.utnyttingstall[2]`), then by last name segment, case- and
 * accent-insensitively, including SOSI and GDAL spellings (`KOMM`, `UTNTALL`). `reserved`
 * names are filled from the model's own fields, so attributes naming them are dropped.
 * @example placeAttributes({ KOMM: 220 }, elementOrder('KpOmråde'), new Set()).groups.get('arealplanId')
 */
export function placeAttributes(
	attributes: Record<string, string | number>,
	order: readonly string[],
	reserved: ReadonlySet<string>
): PlacedAttributes {
	const placed: PlacedAttributes = { simple: new Map(), groups: new Map(), leftovers: [] };
	for (const [key, value] of Object.entries(attributes)) {
		const target = resolve(key);
		const name = target && (target.group ? `${target.group}.${target.leaf}` : target.leaf);
		if (name && reserved.has(name)) continue;
		if (!target || !order.includes(target.group ?? target.leaf)) {
			placed.leftovers.push([key, value]);
		} else if (target.group) {
			const instances = placed.groups.get(target.group) ?? new Map<number, Map<string, string>>();
			const leaves = instances.get(target.index) ?? new Map<string, string>();
			if (leaves.has(target.leaf)) placed.leftovers.push([key, value]);
			else leaves.set(target.leaf, format(target.leaf, value));
			instances.set(target.index, leaves);
			placed.groups.set(target.group, instances);
		} else if (target.index > 1 || placed.simple.has(target.leaf)) {
			placed.leftovers.push([key, value]);
		} else {
			placed.simple.set(target.leaf, format(target.leaf, value));
		}
	}
	return placed;
}

interface Target {
	group?: string;
	leaf: string;
	index: number;
}

function resolve(key: string): Target | null {
	const [, base = key, index = '1'] = /^(.*?)(?:\[(\d+)\])?$/.exec(key) ?? [];
	const parts = base.split('.');
	const last = parts.at(-1) ?? '';
	const group = GROUP_NAMES[parts[0] ?? ''] ?? parts[0] ?? '';
	if (parts.length > 1 && GROUPS[group]?.leaves.includes(last))
		return { group, leaf: last, index: Number(index) };
	const name = BY_NAME.get(normaliseName(last));
	if (!name) return null;
	const [first, leaf] = name.split('.');
	return leaf ? { group: first, leaf, index: Number(index) } : { leaf: name, index: Number(index) };
}

function format(leaf: string, value: string | number): string {
	const text = String(value).trim();
	if (leaf === 'kommunenummer' && /^\d{1,3}$/.test(text)) return text.padStart(4, '0');
	const compactDate = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
	if (compactDate && /dato|FremTil/.test(leaf)) {
		const date = `${compactDate[1]}-${compactDate[2]}-${compactDate[3]}`;
		return DATE_TIME_PROPERTIES.has(leaf) ? `${date}T00:00:00` : date;
	}
	return text;
}

function buildNameIndex(): Map<string, string> {
	const index = new Map<string, string>();
	for (const name of SIMPLE_PROPERTIES) index.set(normaliseName(name), name);
	for (const [group, { leaves }] of Object.entries(GROUPS)) {
		for (const leaf of leaves) index.set(normaliseName(leaf), `${group}.${leaf}`);
	}
	for (const [sosi, name] of Object.entries(SOSI_NAMES)) index.set(sosi, name);
	return index;
}
