/**
 * Prints rows as an aligned plain-text table, in the layout of measure.ts's printTable, so
 * every bench's stdout pastes into the README the same way. The first `textColumns` columns
 * are labels (left-aligned); the rest are numbers (right-aligned so digits line up).
 */
export function printAligned(header: string[], rows: string[][], textColumns = 1): void {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const format = (cells: string[]) =>
		widths
			.map((w, i) => (i < textColumns ? (cells[i] ?? '').padEnd(w) : (cells[i] ?? '').padStart(w)))
			.join('  ')
			.trimEnd();
	console.log(format(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of rows) console.log(format(row));
}
