import { axisTicks } from '$lib/efficiency/dashboard-data';

/*
 * Geometry for horizontal bar charts, in CSS pixels for a known width, so the chart can be
 * drawn at its real size (text stays 12 px on a phone instead of shrinking with a viewBox).
 * Text widths are estimated from character counts: generous for system-ui digits and letters,
 * which is all the layout needs to keep labels from colliding.
 */

/** One coloured piece of a bar; bars with several segments are stacked. */
export interface ChartSegment {
	value: number;
	colour: string;
	/** What the segment is, for its tooltip ("TG2: 34 %"). */
	label: string;
}

export interface ChartBar {
	key: string;
	label: string;
	segments: ChartSegment[];
	/** Printed after the bar's end ("23,4"). */
	valueText?: string;
	/** Printed instead of a bar when the figure cannot be drawn ("kan ikke beregnes (…)"). */
	missingText?: string;
}

export interface ChartGroup {
	key: string;
	/** A heading above the group's bars. */
	label?: string;
	bars: ChartBar[];
	/** A norm drawn as a dashed line across the group's bars, with its text above them. */
	benchmark?: { value: number; text: string };
}

export interface PlacedRect {
	x: number;
	width: number;
	colour: string;
	label: string;
}

export interface PlacedBar {
	key: string;
	label: string;
	labelX: number;
	labelY: number;
	/** Top of the bar and its height. */
	y: number;
	height: number;
	rects: PlacedRect[];
	value?: { text: string; x: number; y: number };
	missing?: { lines: string[]; x: number; y: number };
}

export interface PlacedGroup {
	key: string;
	/** The heading, wrapped to the width; `y` is the first line's baseline. */
	label?: { lines: string[]; y: number };
	bars: PlacedBar[];
	benchmark?: {
		x: number;
		y1: number;
		y2: number;
		text: string;
		textX: number;
		textY: number;
		anchor: 'start' | 'end';
	};
}

export interface BarLayout {
	width: number;
	height: number;
	plotLeft: number;
	plotRight: number;
	/** Where the axis line is drawn; tick labels sit below it. */
	axisY: number;
	ticks: { value: number; x: number }[];
	groups: PlacedGroup[];
}

export interface BarLayoutOptions {
	width: number;
	/** Fixed domain end (100 for shares); otherwise the nice tick above the largest value. */
	max?: number;
	fontSize?: number;
}

const BAR_HEIGHT = 16;
const ROW_GAP = 6;
const GAP = 6;

/** A width in px that a line of `text` at `fontSize` px will not exceed in practice. */
export function estimateTextWidth(text: string, fontSize: number): number {
	return Math.ceil(text.length * fontSize * 0.62);
}

/** Splits text at spaces into lines of at most `maxChars` (a longer word gets its own line). */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= maxChars) {
			lines[lines.length - 1] = `${last} ${word}`;
		} else lines.push(word);
	}
	return lines;
}

/**
 * Places groups of horizontal bars: labels in a left column (or above each bar when the
 * column would take more than 30 % of the width), bars from 0 on a shared linear scale,
 * value texts after the bar end, benchmark lines across each group, an axis at the bottom.
 * @example layoutBars([{ key: 'g', bars: [{ key: 'a', label: 'A', segments: [{ value: 5, colour: '#000', label: 'A' }] }] }], { width: 300 }).ticks.at(-1)?.value // 5
 */
export function layoutBars(groups: readonly ChartGroup[], options: BarLayoutOptions): BarLayout {
	const width = Math.max(120, options.width);
	const font = options.fontSize ?? 12;
	const line = Math.round(font * 1.35);
	const bars = groups.flatMap((g) => g.bars);
	const labelWidth = Math.max(0, ...bars.map((b) => estimateTextWidth(b.label, font))) + GAP;
	const labelsAbove = labelWidth > width * 0.3;
	const plotLeft = labelsAbove ? 0 : labelWidth;
	const valueWidth = Math.max(0, ...bars.map((b) => estimateTextWidth(b.valueText ?? '', font)));
	const plotRight = Math.max(plotLeft + 40, width - valueWidth - GAP - 2);

	const largest = Math.max(
		0,
		...bars.map((b) => total(b)),
		...groups.map((g) => g.benchmark?.value ?? 0)
	);
	const tickCount = Math.max(2, Math.floor((plotRight - plotLeft) / 70));
	const tickValues = axisTicks(options.max ?? largest, tickCount);
	const domain = options.max ?? tickValues.at(-1) ?? 1;
	const x = (v: number) => plotLeft + (Math.max(0, v) / domain) * (plotRight - plotLeft);
	const missingChars = Math.max(10, Math.floor((width - plotLeft) / (font * 0.62)));

	let y = 0;
	const placed = groups.map((group): PlacedGroup => {
		// Headings are bold, so they get fewer characters per line than the missing texts.
		const headingChars = Math.max(10, Math.floor(width / (font * 0.68)));
		const label = group.label
			? { lines: wrapText(group.label, headingChars), y: y + font }
			: undefined;
		if (label) y += label.lines.length * line + 2;
		const benchmarkTextY = y + font;
		if (group.benchmark) y += line + 2;
		const top = y;
		const placedBars = group.bars.map((bar): PlacedBar => {
			const labelY = labelsAbove ? y + font : 0;
			if (labelsAbove) y += line;
			const missingLines = bar.missingText ? wrapText(bar.missingText, missingChars) : [];
			const height = bar.missingText
				? Math.max(BAR_HEIGHT, missingLines.length * line)
				: BAR_HEIGHT;
			const placedBar = placeBar(bar, y, height, labelsAbove ? labelY : y + height / 2 + font / 3);
			y += height + ROW_GAP;
			if (bar.missingText) {
				return {
					...placedBar,
					missing: { lines: missingLines, x: plotLeft, y: placedBar.y + font }
				};
			}
			return placedBar;
		});
		const bottom = y - ROW_GAP;
		y += GAP * 2;
		return {
			key: group.key,
			label,
			bars: placedBars,
			benchmark: group.benchmark && placeBenchmark(group.benchmark, top, bottom, benchmarkTextY)
		};
	});

	const axisY = Math.max(0, y - GAP * 2 + 2);
	return {
		width,
		height: axisY + line + 4,
		plotLeft,
		plotRight,
		axisY,
		ticks: tickValues.map((value) => ({ value, x: x(value) })),
		groups: placed
	};

	function placeBar(bar: ChartBar, top: number, height: number, labelY: number): PlacedBar {
		let start = 0;
		const rects = bar.missingText
			? []
			: bar.segments.flatMap((s): PlacedRect[] => {
					const from = x(start);
					start += Math.max(0, s.value);
					const to = x(start);
					return to > from ? [{ x: from, width: to - from, colour: s.colour, label: s.label }] : [];
				});
		const end = x(start);
		return {
			key: bar.key,
			label: bar.label,
			labelX: 0,
			labelY,
			y: top,
			height,
			rects,
			value:
				bar.valueText && !bar.missingText
					? { text: bar.valueText, x: end + 4, y: top + height / 2 + font / 3 }
					: undefined
		};
	}

	function placeBenchmark(
		benchmark: { value: number; text: string },
		top: number,
		bottom: number,
		textY: number
	): PlacedGroup['benchmark'] {
		const at = x(benchmark.value);
		const fitsRight = at + estimateTextWidth(benchmark.text, font) <= width;
		return {
			x: at,
			y1: top - 3,
			y2: bottom + 3,
			text: benchmark.text,
			textX: fitsRight ? at : Math.min(width, at),
			textY,
			anchor: fitsRight ? 'start' : 'end'
		};
	}
}

function total(bar: ChartBar): number {
	return bar.missingText ? 0 : bar.segments.reduce((sum, s) => sum + Math.max(0, s.value), 0);
}
