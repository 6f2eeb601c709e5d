import fc from 'fast-check';
import { writeSosi } from '../sosi/write';
import { fuzzCase, type FuzzCase } from './fuzz-case';
import { randomPlan } from './random-plan';

/*
 * Test support for the SOSI fuzz: structure-aware SOSI files, both as writeSosi writes
 * random plans and from a template whose header, curves and references are random.
 */

const number = fc.oneof(
	{ weight: 4, arbitrary: fc.integer({ min: -1_000, max: 1_000 }).map(String) },
	{ weight: 4, arbitrary: fc.integer({ min: 600_000_000, max: 700_000_000 }).map(String) },
	fc.constantFrom('NaN', '1e309', '-0', '99999999999999999999999', '0.5', '', 'x', '1.2.3')
);

const point = fc.tuple(number, number).map(([n, e]) => `${n} ${e}`);

const curve = fc.record({
	type: fc.constantFrom('KURVE', 'KURVE', 'KURVE', 'BUEP', 'LINJE', 'SIRKELP', 'PUNKT'),
	serial: fc.oneof(fc.integer({ min: 1, max: 8 }).map(String), fc.constantFrom('', '0', '-1', 'x')),
	points: fc.array(point, { maxLength: 8 }),
	kp: fc.boolean()
});

const ref = fc.oneof(
	fc.integer({ min: 1, max: 9 }).map((n) => `:${n}`),
	fc.integer({ min: 1, max: 9 }).map((n) => `-:${n}`),
	fc.integer({ min: 1, max: 9 }).map((n) => `(:${n})`),
	fc.constantFrom('(', ')', ':', '-:', ':x', '(:1 :2)', ':99999999999999999999')
);

const flate = fc.record({
	serial: fc.integer({ min: 1, max: 9 }),
	objtype: fc.constantFrom(
		'KpArealformålOmråde',
		'KpOmråde',
		'RpOmråde',
		'KpFareSone',
		'Ukjent',
		''
	),
	code: fc.option(fc.constantFrom('1110', '5100', '310', '100', 'x', '')),
	refs: fc.array(ref, { maxLength: 6 }),
	point: fc.option(point)
});

const template = fc
	.record({
		charset: fc.constantFrom(
			'ISO8859-1',
			'ISO8859-10',
			'UTF-8',
			'DOSN8',
			'ND7',
			'ANSI',
			'BOGUS',
			''
		),
		koordsys: fc.constantFrom('22', '23', '25', '84', '0', '999', 'x', ''),
		origo: fc.constantFrom('0 0', '1e20 0', '-1 -1', 'x', ''),
		unit: fc.constantFrom('0.01', '1', '0.001', '0', '-1', '1e-300', '1e300', 'x', ''),
		curves: fc.array(curve, { maxLength: 6 }),
		flates: fc.array(flate, { maxLength: 4 }),
		trouble: fc.oneof(
			{ weight: 4, arbitrary: fc.constant('') },
			fc.integer({ min: 3, max: 20_000 }).map((n) => `${'.'.repeat(n)}X 1`),
			fc.integer({ min: 1, max: 20_000 }).map((n) => `..REF ${':1 '.repeat(n)}`),
			fc.integer({ min: 1, max: 200_000 }).map((n) => `..NAVN "${'x'.repeat(n)}"`),
			fc.constantFrom(
				'.HODE',
				'..NØ',
				'..NØH',
				'..NØ 1 2 3',
				'.FLATE',
				'.KURVE 1:',
				'..REF',
				'...KP'
			)
		),
		where: fc.nat({ max: 2 }),
		end: fc.boolean()
	})
	.map((file) => {
		const lines = [
			'.HODE',
			`..TEGNSETT ${file.charset}`,
			'..TRANSPAR',
			`...KOORDSYS ${file.koordsys}`,
			`...ORIGO-NØ ${file.origo}`,
			`...ENHET ${file.unit}`,
			'..SOSI-VERSJON 4.5'
		];
		if (file.where === 0 && file.trouble) lines.push(file.trouble);
		for (const c of file.curves) {
			lines.push(`.${c.type} ${c.serial}:`, '..OBJTYPE KpGrense', '..NØ');
			c.points.forEach((p, i) => lines.push(c.kp && i === 0 ? `${p} ...KP 1` : p));
		}
		for (const f of file.flates) {
			lines.push(`.FLATE ${f.serial}:`, `..OBJTYPE ${f.objtype}`);
			if (f.code !== null) lines.push(`..AREALFORMÅL ${f.code}`);
			if (f.refs.length) lines.push(`..REF ${f.refs.join(' ')}`);
			if (f.point !== null) lines.push('..NØ', f.point);
			if (file.where === 1 && file.trouble) lines.push(file.trouble);
		}
		if (file.where === 2 && file.trouble) lines.push(file.trouble);
		if (file.end) lines.push('.SLUTT');
		const text = lines.join('\r\n');
		const bytes =
			file.charset === 'UTF-8'
				? new TextEncoder().encode(text)
				: Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
		return fuzzCase('template.sos', bytes, `SOSI template ${JSON.stringify(file)}`);
	});

const written = fc
	.tuple(
		randomPlan,
		fc.constantFrom('ISO8859-10', 'ISO8859-1', 'UTF-8'),
		fc.constantFrom(0.01, 1, 0.001)
	)
	.map(([plan, charset, unit]) => {
		const how = `writeSosi(${JSON.stringify(plan)}, ${charset}, ${unit})`;
		try {
			return fuzzCase('written.sos', writeSosi(plan, { charset, unit }), how);
		} catch {
			// The writer refusing a random plan is not the reader's business; read a stub.
			return fuzzCase('written.sos', new TextEncoder().encode('.HODE\r\n.SLUTT'), how);
		}
	});

/**
 * Structure-aware SOSI: a random template, or writeSosi's output for a random plan.
 * @example fc.sample(structuredSosi, 1)[0].fileName
 */
export const structuredSosi: fc.Arbitrary<FuzzCase> = fc.oneof(template, written);

/** Characters SOSI files are made of, for the random-text generator. */
export const SOSI_ALPHABET = '.:-()!"ØÆÅøæå0123456789 \r\nHODEFLATKURVNØREFSLUTOBJTYPE';
