import type {
	BuildingCategory,
	CapacityUnit,
	ConditionGrade,
	OldMunicipality,
	Tenure,
	ValuationMethod
} from '../types';
import { normaliseKey } from './normalise-key';
import { parseNumber, type CellResult } from './parse-cell';
import type { ProblemCode } from './problems';
import type { Cell } from './types';

/*
 * Code-list cells. Each table lists the words people write (bokmål and English, keyed as
 * `normaliseKey` leaves them) for one register value. Nynorsk and dialect forms ("skule")
 * are deliberately not guessed: an unknown word is reported so the source gets fixed.
 */

function table<T extends string>(entries: Record<T, string[]>): Map<string, T> {
	const map = new Map<string, T>();
	for (const [value, words] of Object.entries(entries) as [T, string[]][]) {
		for (const word of words) map.set(word, value);
	}
	return map;
}

function lookup<T>(
	cell: Cell,
	words: Map<string, T>,
	unknown: ProblemCode,
	special?: (key: string) => CellResult<T> | undefined
): CellResult<T> {
	if (cell === null || cell instanceof Date) return cell ? { ok: false, code: unknown } : empty();
	const key = normaliseKey(String(cell));
	if (key === '') return empty();
	const value = words.get(key);
	if (value !== undefined) return { ok: true, value };
	return special?.(key) ?? { ok: false, code: unknown };
}

const empty = <T>(): CellResult<T> => ({ ok: true, value: null });

const CATEGORY_WORDS = table<BuildingCategory>({
	school: [
		'school',
		'skole',
		'skoler',
		'skolebygg',
		'grunnskole',
		'barneskole',
		'ungdomsskole',
		'barneogungdomsskole',
		'barneungdomsskole',
		'110skole',
		'spesialskole'
	],
	kindergarten: ['kindergarten', 'barnehage', 'barnehager', 'bhg'],
	nursing_home: [
		'nursinghome',
		'sykehjem',
		'institusjon',
		'institusjoner',
		'boogbehandlingssenter',
		'omsorgssenter',
		'aldershjem'
	],
	health: [
		'health',
		'helse',
		'helsebygg',
		'helsestasjon',
		'helsehus',
		'legekontor',
		'legesenter',
		'legevakt'
	],
	administration: [
		'administration',
		'administrasjon',
		'administrasjonsbygg',
		'adm',
		'radhus',
		'kontor',
		'kontorbygg',
		'servicetorg'
	],
	culture: [
		'culture',
		'kultur',
		'kulturbygg',
		'kulturhus',
		'bibliotek',
		'kulturskole',
		'museum',
		'fritidsklubb',
		'ungdomshus'
	],
	sport: [
		'sport',
		'idrett',
		'idrettsbygg',
		'idrettshall',
		'idrettsanlegg',
		'svommehall',
		'flerbrukshall',
		'ishall'
	],
	housing: [
		'housing',
		'bolig',
		'boliger',
		'kommunalbolig',
		'kommunaleboliger',
		'omsorgsbolig',
		'omsorgsboliger',
		'utleiebolig'
	],
	technical: [
		'technical',
		'teknisk',
		'tekniskbygg',
		'tekniskeanlegg',
		'renseanlegg',
		'pumpestasjon',
		'vannverk',
		'brannstasjon',
		'driftsstasjon',
		'garasje',
		'lager',
		'verksted'
	]
});

/** Words for "other": the register has no such category (see the report on types.ts). */
const OTHER_WORDS = new Set(['annet', 'andre', 'ovrig', 'ovrige', 'diverse', 'other']);

/**
 * A building category from bokmål or English words ("Skole", "ungdomsskole", "Rådhus").
 * "annet" is `category-not-in-register`; anything else unknown is `unknown-category`.
 * @example parseCategory('Svømmehall') // { ok: true, value: 'sport' }
 */
export function parseCategory(cell: Cell): CellResult<BuildingCategory> {
	return lookup(cell, CATEGORY_WORDS, 'unknown-category', (key) =>
		OTHER_WORDS.has(key) ? { ok: false, code: 'category-not-in-register' } : undefined
	);
}

const UNIT_WORDS = table<CapacityUnit>({
	pupils: ['pupils', 'pupil', 'elever', 'elev', 'elevplasser'],
	children: ['children', 'child', 'barn', 'barnehageplasser'],
	places: ['places', 'place', 'plasser', 'plass', 'beboere', 'beboer', 'sengeplasser'],
	workplaces: ['workplaces', 'workplace', 'arbeidsplasser', 'arbeidsplass', 'ansatte']
});

/**
 * What capacity is counted in: elever, barn, plasser, arbeidsplasser (or English).
 * @example parseCapacityUnit('Elever') // { ok: true, value: 'pupils' }
 */
export function parseCapacityUnit(cell: Cell): CellResult<CapacityUnit> {
	return lookup(cell, UNIT_WORDS, 'unknown-capacity-unit');
}

const TENURE_WORDS = table<Tenure>({
	owned: ['owned', 'own', 'eid', 'eie', 'eiet', 'egen', 'egeneid', 'eget', 'kommunaleid'],
	leased: ['leased', 'lease', 'rented', 'leid', 'leie', 'leiet', 'innleid', 'innleie']
});

/**
 * Owned or leased: eid/eie/eiet, leid/leie/innleid, owned/leased.
 * @example parseTenure('Innleid') // { ok: true, value: 'leased' }
 */
export function parseTenure(cell: Cell): CellResult<Tenure> {
	return lookup(cell, TENURE_WORDS, 'unknown-tenure');
}

const METHOD_WORDS = table<ValuationMethod>({
	replacement_cost: [
		'replacementcost',
		'gjenanskaffelsesverdi',
		'gjenanskaffelseskost',
		'gjenanskaffelseskostnad',
		'gjenanskaffelse'
	],
	market: ['market', 'marketvalue', 'markedsverdi', 'marked'],
	book: ['book', 'bookvalue', 'bokfortverdi', 'bokfort', 'bokverdi']
});

/**
 * How a value was set: gjenanskaffelsesverdi, markedsverdi, bokført verdi (or English).
 * @example parseValueMethod('Bokført verdi') // { ok: true, value: 'book' }
 */
export function parseValueMethod(cell: Cell): CellResult<ValuationMethod> {
	return lookup(cell, METHOD_WORDS, 'unknown-value-method');
}

const MUNICIPALITY_WORDS = table<OldMunicipality>({
	'0220': ['0220', '220', 'asker'],
	'0627': ['0627', '627', 'royken'],
	'0628': ['0628', '628', 'hurum']
});

/**
 * One of the three old municipalities by number (0220, 220) or name (Asker, Røyken,
 * Royken, Hurum), also both together ("0627 Røyken") when they agree.
 * @example parseMunicipality(627) // { ok: true, value: '0627' }
 */
export function parseMunicipality(cell: Cell): CellResult<OldMunicipality> {
	return lookup(cell, MUNICIPALITY_WORDS, 'unknown-municipality', (key) => {
		const both = /^(\d{3,4})([a-z]+)$/.exec(key);
		const byNumber = both && MUNICIPALITY_WORDS.get(both[1] as string);
		const byName = both && MUNICIPALITY_WORDS.get(both[2] as string);
		return byNumber && byNumber === byName ? { ok: true, value: byNumber } : undefined;
	});
}

/**
 * An NS 3424 condition grade from 2, "TG2", "tg 2" or "TG-2". "TGIU" (not investigated) is
 * an empty grade; TG4 and above are `condition-out-of-range`.
 * @example parseCondition('tg 3') // { ok: true, value: 3 }
 */
export function parseCondition(cell: Cell): CellResult<ConditionGrade> {
	const asNumber = parseNumber(cell);
	if (asNumber.ok) return asGrade(asNumber.value);
	const key = normaliseKey(String(cell));
	if (key === 'tgiu' || key === 'iu') return empty();
	const match = /^tg(\d+)$/.exec(key);
	return match ? asGrade(Number(match[1])) : { ok: false, code: 'unknown-condition' };
}

function asGrade(value: number | null): CellResult<ConditionGrade> {
	if (value === null) return empty();
	if (!Number.isInteger(value)) return { ok: false, code: 'unknown-condition' };
	if (value < 0 || value > 3) return { ok: false, code: 'condition-out-of-range' };
	return { ok: true, value: value as ConditionGrade };
}
