import type { Position } from 'geojson';
import type { PlanFeature } from '../../plans/types';
import { attributeValue } from './attribute-value';
import { ruleForObjectType } from './object-types';
import type { SosiGroup } from './read-groups';

export interface PlanFeatureResult {
	feature: PlanFeature;
	/** A kommunenummer was written without its leading zero (`KOMM 220`) and was padded. */
	paddedMunicipality: boolean;
}

/** Read in this order after the type's own name attribute (object-types.ts). */
const NAME_ATTRIBUTES = ['OMRNAVN', 'HENSYNSONENAVN', 'PLANNAVN', 'FELTNAVN'];
const ID_ATTRIBUTES = ['IDENTIFIKASJON.LOKALID', 'IDENT.LOKALID'];

/**
 * Maps one `.FLATE` to a PlanFeature (plan-standards §1–3, §4.3): kind, code and code
 * list from its OBJTYPE, `AREALST` → status, a name attribute → name, `LOKALID` (else
 * the serial number) → objectId. Every other attribute stays in `attributes`, dotted.
 * Kommunenummer is a code, not a number, so `KOMM` is kept as 4 characters (§1.3).
 * @example toPlanFeature(flate, [outerRing]).feature.properties.code // '1110'
 */
export function toPlanFeature(group: SosiGroup, rings: Position[][]): PlanFeatureResult {
	const attributes: Record<string, string | number> = {};
	const raw: Record<string, string> = {};
	let paddedMunicipality = false;
	for (const { path, tokens } of group.attributes) {
		let value = attributeValue(tokens);
		if (value === null) continue;
		if (/(^|\.)KOMM(#\d+)?$/.test(path)) {
			const padded = String(value).padStart(4, '0');
			paddedMunicipality ||= /^\d{1,3}$/.test(String(value));
			value = /^\d+$/.test(padded) ? padded : value;
		}
		attributes[path] = value;
		raw[path] = tokens.map((token) => token.text).join(' ');
	}
	const objectType = String(take(attributes, 'OBJTYPE') ?? '');
	const rule = ruleForObjectType(objectType);
	const code =
		rule.codeAttribute && rule.codeAttribute in attributes ? raw[rule.codeAttribute] : null;
	if (rule.codeAttribute) delete attributes[rule.codeAttribute];
	const status = attributes.AREALST;
	if (typeof status === 'number') delete attributes.AREALST;
	const nameKey = [rule.nameAttribute, ...NAME_ATTRIBUTES].find((key) => key in attributes);
	const name = nameKey ? String(take(attributes, nameKey)) : null;
	const idKey = ID_ATTRIBUTES.find((key) => key in attributes);
	const objectId = idKey ? String(take(attributes, idKey)) : String(group.serial);
	return {
		feature: {
			type: 'Feature',
			geometry: { type: 'Polygon', coordinates: rings },
			properties: {
				kind: rule.kind,
				objectType,
				code: code ?? null,
				codeList: rule.codeList,
				status: typeof status === 'number' ? status : null,
				name,
				objectId,
				attributes
			}
		},
		paddedMunicipality
	};
}

function take(
	attributes: Record<string, string | number>,
	key: string
): string | number | undefined {
	const value = attributes[key];
	delete attributes[key];
	return value;
}
