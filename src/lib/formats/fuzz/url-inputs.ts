import fc from 'fast-check';

/*
 * Test support for the URL-state fuzz: query strings with the map's own parameters, values
 * that are nearly right (out of range, NaN, extra commas, unknown layer ids) and noise.
 */

/**
 * A query string (without `?`), built from parameters the map reads and others, given the
 * ids of the layers and themes that exist so that some values are valid.
 * @example fc.sample(mapQuery(['kommuner'], ['status']), 1)[0]
 */
export function mapQuery(
	layerIds: readonly string[],
	themeIds: readonly string[]
): fc.Arbitrary<string> {
	const number = fc.oneof(
		fc.double().map(String),
		fc.integer({ min: -200, max: 200 }).map(String),
		fc.constantFrom(
			'',
			' ',
			'NaN',
			'Infinity',
			'-0',
			'1e309',
			'0x10',
			'1,5',
			'10.43',
			'59.75',
			'22',
			'22.0001'
		)
	);
	const layer = fc.oneof(fc.constantFrom(...layerIds), fc.string({ maxLength: 8 }));
	const theme = fc.oneof(fc.constantFrom(...themeIds), fc.string({ maxLength: 8 }));
	const value: Record<string, fc.Arbitrary<string>> = {
		c: fc.array(number, { maxLength: 4 }).map((parts) => parts.join(',')),
		z: number,
		l: fc.array(layer, { maxLength: 5 }).map((ids) => ids.join(',')),
		s: fc.oneof(
			fc
				.tuple(fc.stringMatching(/^[a-z]{0,10}$/), fc.string({ maxLength: 70 }))
				.map(([t, id]) => `${t}:${id}`),
			fc.string()
		),
		p: fc.string(),
		f: fc
			.array(
				fc.tuple(layer, theme).map(([l, t]) => `${l}:${t}`),
				{ maxLength: 4 }
			)
			.map((p) => p.join(','))
	};
	const pair = fc.oneof(
		{
			weight: 6,
			arbitrary: fc
				.constantFrom(...Object.keys(value))
				.chain((key) => value[key]!.map((v) => [key, v] as const))
		},
		fc.tuple(fc.string({ maxLength: 4 }), fc.string({ maxLength: 12 }))
	);
	return fc.oneof(
		{
			weight: 4,
			arbitrary: fc
				.array(pair, { maxLength: 8 })
				.map((pairs) =>
					pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
				)
		},
		fc.string({ unit: 'grapheme', maxLength: 100 }),
		fc.string({ unit: fc.constantFrom(...'cz=&,%;:lfsp0123456789.-+eE '), maxLength: 60 })
	);
}
