import { describe, expect, it } from 'vitest';
import { estimateTextWidth, layoutBars, wrapText, type ChartBar } from './bar-layout';

const bar = (label: string, ...values: number[]): ChartBar => ({
	key: label,
	label,
	segments: values.map((value, i) => ({ value, colour: `#00000${i}`, label: `${label} ${i}` })),
	valueText: String(values.reduce((a, b) => a + b, 0))
});

describe('wrapText', () => {
	it('breaks at spaces so no line is longer than asked', () => {
		expect(wrapText('kan ikke beregnes (mangler antall brukere)', 20)).toEqual([
			'kan ikke beregnes',
			'(mangler antall',
			'brukere)'
		]);
	});

	it('keeps a word longer than a line whole', () => {
		expect(wrapText('Sykehjem/institusjon ok', 10)).toEqual(['Sykehjem/institusjon', 'ok']);
	});
});

describe('layoutBars', () => {
	// Width 400, font 12: label "A" is ceil(12 × 0.62) = 8 px + 6 px gap, so the plot starts at
	// 14; value text "10" is 15 px, so it ends at 400 − 15 − 6 − 2 = 377. Five ticks fit in
	// 363 px at 70 px each; 10 / 5 = 2 gives ticks 0…10 and a domain of 10.
	const layout = () =>
		layoutBars([{ key: 'g', bars: [bar('A', 5), bar('B', 10)] }], { width: 400 });

	it('puts labels in a left column and bars on a scale from 0 to the last tick', () => {
		const { plotLeft, plotRight, ticks, groups } = layout();
		expect(plotLeft).toBe(14);
		expect(plotRight).toBe(377);
		expect(ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
		expect(ticks[5]?.x).toBe(377);
		const [a, b] = groups[0]!.bars;
		expect(a?.rects).toEqual([{ x: 14, width: 181.5, colour: '#000000', label: 'A 0' }]);
		expect(b?.rects[0]?.width).toBe(363);
		expect(b?.value).toMatchObject({ text: '10', x: 381 });
	});

	it('stacks segments end to end', () => {
		const { groups } = layoutBars([{ key: 'g', bars: [bar('A', 2, 3, 0, 5)] }], { width: 400 });
		const rects = groups[0]!.bars[0]!.rects;
		// 363 px for 10: the zero segment gets no rectangle.
		const expected = [
			[14, 72.6],
			[86.6, 108.9],
			[195.5, 181.5]
		];
		expect(rects).toHaveLength(3);
		rects.forEach((r, i) => {
			expect(r.x).toBeCloseTo(expected[i]![0]!, 9);
			expect(r.width).toBeCloseTo(expected[i]![1]!, 9);
		});
	});

	it('draws a benchmark line across the group at its value, its text after the line', () => {
		const { groups } = layoutBars(
			[
				{ key: 'g', bars: [bar('A', 5), bar('B', 10)], benchmark: { value: 5, text: 'Normtall 5' } }
			],
			{ width: 400 }
		);
		const benchmark = groups[0]!.benchmark!;
		const [a, b] = groups[0]!.bars;
		expect(benchmark.x).toBe(195.5);
		expect(benchmark.anchor).toBe('start');
		expect(benchmark.y1).toBeLessThan(a!.y);
		expect(benchmark.y2).toBeGreaterThan(b!.y + b!.height);
		expect(benchmark.textY).toBeLessThan(a!.y);
	});

	it('ends the benchmark text at the line when it would run past the right edge', () => {
		const { groups } = layoutBars(
			[{ key: 'g', bars: [bar('A', 5)], benchmark: { value: 5, text: 'Normtall 5' } }],
			{ width: 200 }
		);
		expect(groups[0]!.benchmark!.anchor).toBe('end');
	});

	it('lets the domain reach a benchmark above every bar', () => {
		const { ticks } = layoutBars(
			[{ key: 'g', bars: [bar('A', 5)], benchmark: { value: 17.8, text: 'N' } }],
			{ width: 400 }
		);
		expect(ticks.at(-1)?.value).toBe(20);
	});

	it('uses a fixed maximum when given one', () => {
		const { ticks, groups, plotLeft, plotRight } = layoutBars(
			[{ key: 'g', bars: [bar('A', 50)] }],
			{ width: 400, max: 100 }
		);
		expect(ticks.at(-1)?.value).toBe(100);
		expect(groups[0]!.bars[0]!.rects[0]!.width).toBe((plotRight - plotLeft) / 2);
	});

	it('moves labels above the bars when a left column would take over 30 % of the width', () => {
		const { plotLeft, groups } = layoutBars(
			[{ key: 'g', bars: [bar('Sykehjem/institusjon', 5)] }],
			{ width: 300 }
		);
		const placed = groups[0]!.bars[0]!;
		expect(plotLeft).toBe(0);
		expect(placed.labelY).toBeLessThan(placed.y);
	});

	it('prints the missing text, wrapped, instead of a bar, and keeps it out of the domain', () => {
		const missing: ChartBar = {
			key: 'm',
			label: 'M',
			segments: [{ value: 1000, colour: '#000', label: '' }],
			missingText: 'kan ikke beregnes (mangler antall brukere)'
		};
		const { groups, ticks } = layoutBars([{ key: 'g', bars: [bar('A', 5), missing] }], {
			width: 200
		});
		const placed = groups[0]!.bars[1]!;
		expect(placed.rects).toEqual([]);
		expect(placed.value).toBeUndefined();
		expect(placed.missing?.lines.join(' ')).toBe('kan ikke beregnes (mangler antall brukere)');
		expect(placed.missing!.lines.length).toBeGreaterThan(1);
		expect(ticks.at(-1)?.value).toBe(5);
	});

	it('wraps a group heading that is wider than the chart', () => {
		const heading = 'Sykehjem/institusjon (m² per plass), ingen normtall';
		const { groups } = layoutBars([{ key: 'g', label: heading, bars: [bar('A', 1)] }], {
			width: 200
		});
		// 200 / (12 × 0.68) = 24 characters per line.
		expect(groups[0]!.label!.lines).toEqual([
			'Sykehjem/institusjon (m²',
			'per plass), ingen',
			'normtall'
		]);
		expect(groups[0]!.bars[0]!.y).toBeGreaterThan(groups[0]!.label!.y + 2 * 16);
	});

	it('stacks groups downwards and puts the axis below the last bar', () => {
		const { groups, axisY, height } = layoutBars(
			[
				{ key: 'g1', label: 'One', bars: [bar('A', 1)] },
				{ key: 'g2', label: 'Two', bars: [bar('B', 2)] }
			],
			{ width: 400 }
		);
		const first = groups[0]!.bars[0]!;
		const second = groups[1]!.bars[0]!;
		expect(groups[1]!.label!.y).toBeGreaterThan(first.y + first.height);
		expect(axisY).toBeGreaterThan(second.y + second.height);
		expect(height).toBeGreaterThan(axisY);
	});
});

describe('estimateTextWidth', () => {
	it('allows 0.62 em per character', () => {
		expect(estimateTextWidth('Asker', 12)).toBe(38);
	});
});
