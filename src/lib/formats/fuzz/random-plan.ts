import fc from 'fast-check';
import type { Position } from 'geojson';
import type { PlanDocument, PlanFeature, PlanObjectKind } from '../../plans/types';

/*
 * Test support for the fuzz tests: random but well-formed plans near Asker, for the writers
 * to turn into structure-aware SOSI, GML and GeoJSON.
 */

const TYPES: readonly [string, PlanObjectKind, string | null][] = [
	['KpArealformålOmråde', 'landuse', '1110'],
	['KpArealformålOmråde', 'landuse', '5100'],
	['KpOmråde', 'planarea', null],
	['KpFareSone', 'zone', '310'],
	['KpArealbrukOmråde', 'landuse', '100'],
	['RpArealformålOmråde', 'landuse', '1001'],
	['Ukjent', 'landuse', null]
];

/** Names and attribute values that trip up escaping: XML, JSON and SOSI specials. */
const text = fc.oneof(
	fc.string({ maxLength: 24 }),
	fc.constantFrom('Bøler & Ørnås', '<b>', '"sitat"', 'a\\b', '..NAVN', ']]>', 'Å', 'x\u0085y')
);

const ring = fc
	.record({
		e: fc.integer({ min: 560_000, max: 600_000 }),
		n: fc.integer({ min: 6_600_000, max: 6_650_000 }),
		w: fc.integer({ min: 1, max: 5_000 }),
		h: fc.integer({ min: 1, max: 5_000 })
	})
	.map(({ e, n, w, h }): Position[] => [
		[e, n],
		[e + w, n],
		[e + w, n + h],
		[e, n + h],
		[e, n]
	]);

const feature = fc
	.record({
		type: fc.constantFrom(...TYPES),
		ring,
		name: fc.option(text),
		status: fc.option(fc.integer({ min: 1, max: 3 })),
		objectId: fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/),
		attributes: fc.dictionary(
			fc.stringMatching(/^[A-ZÆØÅ][A-ZÆØÅ0-9-]{0,11}$/),
			fc.oneof(text, fc.integer()),
			{
				maxKeys: 3
			}
		)
	})
	.map(
		({
			type: [objectType, kind, code],
			ring,
			name,
			status,
			objectId,
			attributes
		}): PlanFeature => ({
			type: 'Feature',
			geometry: { type: 'Polygon', coordinates: [ring] },
			properties: {
				kind,
				objectType,
				code,
				codeList: code === null ? 'none' : kind === 'zone' ? 'hensynssone' : 'arealformal-2008',
				status,
				name,
				objectId,
				attributes
			}
		})
	);

/**
 * A plan of 1–8 rectangles in EPSG:25832 with random names, codes and attributes.
 * @example fc.sample(randomPlan, 1)[0].srid // 25832
 */
export const randomPlan: fc.Arbitrary<PlanDocument> = fc
	.record({
		features: fc.array(feature, { minLength: 1, maxLength: 8 }),
		municipality: fc.option(fc.constantFrom('0220', '0627', '3025', '9999', '1')),
		name: fc.option(text)
	})
	.map(({ features, municipality, name }) => ({
		srid: 25832,
		header: { municipality, planId: '2018001', name, law: 'pbl2008', format: 'SOSI 4.5' },
		features
	}));
