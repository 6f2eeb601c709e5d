import type { Position } from 'geojson';
import { GeometryError, ReasonInvalidGeometry } from '../../errors';
import type { PlanDocument, PlanFeature } from '../../plans/types';
import { encodeText, type SosiWriteCharset } from './encode-charset';
import { formatValue } from './format-value';
import { koordsysOfSrid } from './koordsys';
import { nestAttributes } from './nest-attributes';
import { ruleForObjectType } from './object-types';
import { pointOnSurface } from './point-on-surface';

interface WriteOptions {
	/** Default ISO8859-10: GDAL/FYBA cannot open UTF-8 SOSI (plan-standards §0 item 5). */
	charset?: SosiWriteCharset;
	/** `...ENHET` in metres; default 0.01 (centimetres), as in real plan files. */
	unit?: number;
}

/** A ring in file units: [N, E] integer pairs, closed. */
type FileRing = [number, number][];

/**
 * Writes a plan as SOSI 4.5 (plan-standards §4): `.HODE`, then per polygon one `.KURVE`
 * per ring and a `.FLATE` referring to them (holes in parentheses) with its code,
 * status, name, NASJONALAREALPLANID, IDENTIFIKASJON, the other attributes re-nested and
 * a representation point. A MultiPolygon becomes one FLATE per part with the same
 * attributes; part k ≥ 2 gets LOKALID `<objectId>-<k>` so ids stay unique in the file.
 * Lines end in CRLF like real files. Throws CrsError for an srid SOSI has no code for,
 * GeometryError for a ring that collapses at the chosen ENHET.
 * @example writeSosi(plan) // Uint8Array, ISO8859-10, ENHET 0.01
 */
export function writeSosi(
	plan: PlanDocument,
	{ charset = 'ISO8859-10', unit = 0.01 }: WriteOptions = {}
): Uint8Array {
	const koordsys = koordsysOfSrid(plan.srid);
	// 1 / 0.01 is exactly 100 only after rounding; see read-header.ts for the reverse.
	const perMetre =
		Math.abs(1 / unit - Math.round(1 / unit)) < 1e-9 ? Math.round(1 / unit) : 1 / unit;
	const toFile = (p: Position): [number, number] => [
		Math.round((p[1] as number) * perMetre),
		Math.round((p[0] as number) * perMetre)
	];
	const body: string[] = [];
	let serial = 0;
	for (const feature of plan.features) {
		const geometry = feature.geometry;
		const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
		parts.forEach((rings, k) => {
			const fileRings = rings.map((ring) => toFileRing(ring, toFile, feature));
			const rule = ruleForObjectType(feature.properties.objectType);
			const curves = fileRings.map((ring) => {
				body.push(`.KURVE ${++serial}:`, `..OBJTYPE ${rule.boundary}`, ...curveLines(ring));
				return serial;
			});
			const id = k === 0 ? feature.properties.objectId : `${feature.properties.objectId}-${k + 1}`;
			const [n, e] = toFile(pointOnSurface(rings));
			body.push(`.FLATE ${++serial}:`, ...flateAttributes(feature, plan, id));
			body.push(`..REF ${refText(curves)}`, '..NØ', `${n} ${e}`);
		});
	}
	const lines = [...headerLines(plan, koordsys, unit, charset), ...body, '.SLUTT', ''];
	return encodeText(lines.join('\r\n'), charset);
}

function headerLines(
	plan: PlanDocument,
	koordsys: number,
	unit: number,
	charset: SosiWriteCharset
): string[] {
	const all = plan.features.flatMap(({ geometry: g }) =>
		g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2)
	);
	const es = all.map((p) => p[0] as number);
	const ns = all.map((p) => p[1] as number);
	const bound = (
		values: number[],
		pick: (...v: number[]) => number,
		round: (v: number) => number
	) => (values.length ? round(values.reduce((a, b) => pick(a, b))) : 0);
	const regulation = plan.features.every((f) => f.properties.objectType.startsWith('Rp'));
	return [
		'.HODE',
		`..TEGNSETT ${charset}`,
		'..TRANSPAR',
		`...KOORDSYS ${koordsys}`,
		'...ORIGO-NØ 0 0',
		`...ENHET ${unit}`,
		'..OMRÅDE',
		`...MIN-NØ ${bound(ns, Math.min, Math.floor)} ${bound(es, Math.min, Math.floor)}`,
		`...MAX-NØ ${bound(ns, Math.max, Math.ceil)} ${bound(es, Math.max, Math.ceil)}`,
		'..SOSI-VERSJON 4.5',
		'..SOSI-NIVÅ 4',
		// The KPA catalogue string is plan-standards' best guess (§4.1, ✘); Regplan is Saltdal's.
		regulation && plan.features.length
			? '..OBJEKTKATALOG Regplan 20120416 4.5 * Arealplan Reguleringsplan'
			: '..OBJEKTKATALOG Kommuneplan 20190401 * Arealplan Kommuneplan'
	];
}

function flateAttributes(feature: PlanFeature, plan: PlanDocument, id: string): string[] {
	const { properties: p } = feature;
	const rule = ruleForObjectType(p.objectType);
	const reserved = new Set(['OBJTYPE', 'AREALST', rule.nameAttribute, rule.codeAttribute ?? '']);
	const attributes: Record<string, string | number> = {};
	const komm = p.attributes['NASJONALAREALPLANID.KOMM'] ?? plan.header.municipality;
	const planId = p.attributes['NASJONALAREALPLANID.PLANID'] ?? plan.header.planId;
	// Kommunenummer is a 4-character code (§1.3); 220 would lose Asker's leading zero.
	if (komm !== null) attributes['NASJONALAREALPLANID.KOMM'] = String(komm).padStart(4, '0');
	if (planId !== null) attributes['NASJONALAREALPLANID.PLANID'] = planId;
	for (const [key, value] of Object.entries(p.attributes)) {
		if (!reserved.has(key) && !(key in attributes)) attributes[key] = value;
	}
	attributes['IDENTIFIKASJON.LOKALID'] = id;
	const lines = [`..OBJTYPE ${p.objectType}`];
	if (rule.codeAttribute && p.code !== null)
		lines.push(`..${rule.codeAttribute} ${formatValue(codeValue(p.code))}`);
	if (p.status !== null) lines.push(`..AREALST ${p.status}`);
	if (p.name !== null) lines.push(`..${rule.nameAttribute} ${formatValue(p.name)}`);
	return [...lines, ...nestAttributes(attributes)];
}

/** Codes are stored as strings but written as SOSI integers when they are plain numbers. */
function codeValue(code: string): string | number {
	return /^[1-9]\d*$/.test(code) ? Number(code) : code;
}

/** `...KP 1` only on the last point of the `..NØ` block, as FYBA requires (§4.1). */
function curveLines(ring: FileRing): string[] {
	const points = ring.map(([n, e]) => `${n} ${e}`);
	points[points.length - 1] += ' ...KP 1';
	return ['..NØ', ...points];
}

function refText(curves: number[]): string {
	const [outer, ...holes] = curves;
	return [`:${outer}`, ...holes.map((hole) => `(:${hole})`)].join(' ');
}

/** Rounds to file units, drops consecutive duplicates (R8) and keeps the ring closed. */
function toFileRing(
	ring: Position[],
	toFile: (p: Position) => [number, number],
	feature: PlanFeature
): FileRing {
	const out: FileRing = [];
	for (const p of ring) {
		const q = toFile(p);
		const last = out[out.length - 1];
		if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
	}
	const [first] = out;
	const last = out[out.length - 1];
	if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push(first);
	if (out.length < 4) {
		throw new GeometryError(
			ReasonInvalidGeometry,
			'a ring has under 3 distinct points at this ENHET',
			{
				feature: feature.properties.objectId
			}
		);
	}
	return out;
}
