import type { PlanFeatureProperties } from '../../plans/types';
import { addHeaderFacts, type HeaderFacts } from './build-header';
import { normaliseName } from './normalise-name';
import { classifyObjectType } from './object-types';

type Value = string | number;

const ZONES = [
	'Sikring',
	'Støy',
	'Fare',
	'Infrastruktur',
	'AngittHensyn',
	'Båndlegging',
	'Gjennomføring',
	'Detaljering'
];

/**
 * Property names that hold a code, normalised (normalise-name.ts), with the object type a
 * feature has when nothing else names one (plan-standards.md §2, §3, §4.3; GDAL and ArcGIS
 * exports spell them `arealformål`, `KPAREALFORMÅL`, `kpArealformal`, `OPLAREAL`, …).
 */
const CODE_NAMES: ReadonlyArray<[string, string]> = [
	['arealformal', 'KpArealformålOmråde'],
	['kparealformal', 'KpArealformålOmråde'],
	['rparealformal', 'RpArealformålOmråde'],
	['oplareal', 'KpArealbrukOmråde'],
	['arealbruk', 'KpArealbrukOmråde'],
	['kparealbruk', 'KpArealbrukOmråde'],
	...ZONES.flatMap((zone): Array<[string, string]> => [
		[normaliseName(zone), `Kp${zone}Sone`],
		[normaliseName(`kp${zone}`), `Kp${zone}Sone`]
	]),
	['arealbruksrestriksjoner', 'KpRestriksjonOmråde'],
	['oplrestr', 'KpRestriksjonOmråde'],
	['arealbruksretningslinjer', 'KpRetningslinjeOmråde'],
	['oplretnl', 'KpRetningslinjeOmråde']
];
const OBJECT_TYPE_NAMES = ['objecttype', 'objekttypenavn', 'objtype', 'objekttype'];
const STATUS_NAMES = ['arealbruksstatus', 'arealst'];
const NAME_NAMES = [
	'omradenavn',
	'omrnavn',
	'hensynsonenavn',
	'plannavn',
	'feltnavn',
	'navn',
	'name'
];
const ID_NAMES = ['lokalid', 'identifikasjonlokalid', 'objectid', 'id'];
const MUNICIPALITY_NAMES = ['kommunenummer', 'arealplanidkommunenummer', 'komm', 'kommunenr'];
const PLAN_ID_NAMES = ['planidentifikasjon', 'arealplanidplanidentifikasjon', 'planid'];

/**
 * Maps the flat properties of a plan feature written by another tool (GDAL, ArcGIS, the
 * national copy) onto Planbord's model, finding each field by its common names, case- and
 * accent-insensitively. Kommunenummer and planidentifikasjon go to the header facts, not to
 * the attributes; everything else not used stays an attribute. Without an object type the
 * type follows from the code's property (a 4-digit `arealformål` → KpArealformålOmråde,
 * `OPLAREAL` → KpArealbrukOmråde), or a `plannavn` makes it a KpOmråde.
 * @example mapCommonProperties({ KPAREALFORMÅL: 1110, AREALST: 1 }, '1', facts).code // '1110'
 */
export function mapCommonProperties(
	source: Record<string, unknown>,
	fallbackId: string | number,
	facts: HeaderFacts
): PlanFeatureProperties {
	const attributes = flatten(source);
	const keys = new Map<string, string>();
	for (const key of Object.keys(attributes))
		if (!keys.has(normaliseName(key))) keys.set(normaliseName(key), key);
	const find = (names: readonly string[]) =>
		names.map((n) => keys.get(n)).find((k) => k !== undefined);
	const take = (names: readonly string[]): Value | undefined => {
		const key = find(names);
		if (key === undefined) return undefined;
		const value = attributes[key];
		delete attributes[key];
		keys.delete(normaliseName(key));
		return value;
	};

	const explicitType = take(OBJECT_TYPE_NAMES);
	const explicitInfo = typeof explicitType === 'string' ? classifyObjectType(explicitType) : null;
	const ownCode = explicitInfo?.codeElement
		? take([normaliseName(explicitInfo.codeElement)])
		: undefined;
	const codeName = ownCode === undefined ? CODE_NAMES.find(([name]) => keys.has(name)) : undefined;
	const code = ownCode ?? (codeName && take([codeName[0]]));
	// A 4-digit arealformål is PBL 2008 (§1); GDAL's SOSI driver also puts RP codes there.
	const implied =
		codeName?.[0].endsWith('arealformal') && !/^\d{4}$/.test(String(code))
			? undefined
			: codeName?.[1];
	const planArea = keys.has('plannavn') || keys.has('plantype') ? 'KpOmråde' : undefined;
	const objectType = String(explicitType ?? implied ?? planArea ?? 'Ukjent');
	const info = classifyObjectType(objectType);

	const statusKey = find(STATUS_NAMES);
	const status = statusKey === undefined ? NaN : Number(attributes[statusKey]);
	if (Number.isFinite(status)) take(STATUS_NAMES);
	const name = take(
		info?.nameElement ? [normaliseName(info.nameElement), ...NAME_NAMES] : NAME_NAMES
	);
	const objectId = take(ID_NAMES) ?? fallbackId;
	const municipality = take(MUNICIPALITY_NAMES);
	const planId = take(PLAN_ID_NAMES);
	const planFacts: Record<string, Value> = { ...attributes };
	if (municipality !== undefined) planFacts.kommunenummer = municipality;
	if (planId !== undefined) planFacts.planidentifikasjon = planId;
	const law = find(['lovreferanse', 'lovreferansetype']);
	if (law !== undefined) planFacts.lovreferanse = attributes[law] as Value;
	addHeaderFacts(facts, objectType, planFacts, name === undefined ? null : String(name));
	return {
		kind: info?.kind ?? 'zone',
		objectType,
		code: code === undefined ? null : String(code),
		codeList: info?.codeList ?? 'none',
		status: Number.isFinite(status) ? status : null,
		name: name === undefined ? null : String(name),
		objectId: String(objectId),
		attributes
	};
}

/** Nested objects flattened with dots; booleans and arrays kept as text, nulls dropped. */
function flatten(
	value: Record<string, unknown>,
	prefix = '',
	out: Record<string, Value> = {}
): Record<string, Value> {
	for (const [key, inner] of Object.entries(value)) {
		const name = prefix ? `${prefix}.${key}` : key;
		if (inner === null || inner === undefined) continue;
		if (typeof inner === 'string' || typeof inner === 'number') out[name] = inner;
		else if (typeof inner === 'boolean') out[name] = String(inner);
		else if (Array.isArray(inner)) out[name] = JSON.stringify(inner);
		else if (typeof inner === 'object') flatten(inner as Record<string, unknown>, name, out);
	}
	return out;
}
