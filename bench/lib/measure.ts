import { performance } from 'node:perf_hooks';

/**
 * Lets a run mark the part worth timing, so per-run setup (opening a fresh database) and
 * teardown (closing it) stay out of the number. A run that calls neither is timed whole.
 */
export interface Span {
	start(): void;
	stop(): void;
}

/** One run; it may resolve to how many items (features, rows) it handled, for a throughput column. */
export type Run = (span: Span) => Promise<number | void>;

export interface Result {
	label: string;
	runs: number;
	medianMs: number;
	minMs: number;
	/** Highest process RSS seen when a span ended: process-wide, so it includes earlier rows. */
	rssMb: number;
	/** Items per second at the median time, when the run reports a count. */
	perSecond?: number;
	unit: string;
}

export interface MeasureOptions {
	runs?: number;
	/** What the count a run resolves to counts, e.g. 'features'. */
	unit?: string;
}

export async function measure(
	label: string,
	run: Run,
	options: MeasureOptions = {}
): Promise<Result> {
	const { runs = 1, unit = 'items' } = options;
	const times: number[] = [];
	let rss = 0;
	let items: number | undefined;
	for (let i = 0; i < runs; i++) {
		let startedAt: number | undefined;
		let stoppedAt: number | undefined;
		const span: Span = {
			start: () => void (startedAt = performance.now()),
			stop: () => {
				stoppedAt = performance.now();
				rss = Math.max(rss, rssMb());
			}
		};
		const begin = performance.now();
		const count = await run(span);
		const end = performance.now();
		if (stoppedAt === undefined) rss = Math.max(rss, rssMb());
		times.push((stoppedAt ?? end) - (startedAt ?? begin));
		if (typeof count === 'number') items = count;
	}
	const medianMs = median(times);
	// Progress goes to stderr so stdout holds only the tables worth pasting into the README.
	console.error(`  measured ${label}: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
	return {
		label,
		runs,
		medianMs,
		minMs: Math.min(...times),
		rssMb: rss,
		perSecond: items === undefined ? undefined : items / (medianMs / 1000),
		unit
	};
}

const HEADER = ['measurement', 'runs', 'median ms', 'min ms', '× baseline', 'RSS MB', 'throughput'];

/**
 * Prints each row's times and its median as a multiple of the baseline row's median. Only
 * ratios against a baseline run in the same process compare across machines and runs.
 */
export function printTable(rows: Result[], baselineLabel: string): void {
	const baseline = rows.find((r) => r.label === baselineLabel);
	const lines = rows.map((r) => [
		r.label,
		String(r.runs),
		r.medianMs.toFixed(0),
		r.minMs.toFixed(0),
		baseline ? `${(r.medianMs / baseline.medianMs).toFixed(2)}×` : '–',
		r.rssMb.toFixed(0),
		r.perSecond === undefined ? '' : `${r.perSecond.toFixed(1)} ${r.unit}/s`
	]);
	const widths = HEADER.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
	// The label column reads best left-aligned; numbers right-aligned so digits line up.
	const format = (cells: string[]) =>
		cells
			.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
			.join('  ')
			.trimEnd();
	console.log(`Baseline (1.00×): ${baseline ? baselineLabel : `${baselineLabel} — not measured`}`);
	console.log(format(HEADER));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const line of lines) console.log(format(line));
}

function rssMb(): number {
	return process.memoryUsage().rss / 1024 / 1024;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
