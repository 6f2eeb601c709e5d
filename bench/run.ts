import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Runs every bench/*.bench.ts one after the other in this process. Each bench file does
 * its work on import (top-level await), so importing it is running it. In sequence, never
 * in parallel: concurrent benches would share CPU and skew each other's numbers.
 *
 * Arguments narrow the run to the files whose name contains one of them, because the whole
 * run takes minutes: `npm run bench -- tiles` runs only tiles.bench.ts.
 */

const benchFolder = dirname(fileURLToPath(import.meta.url));
// Migrations and geodata are found from the working directory; make that the repository root.
process.chdir(dirname(benchFolder));

const filters = process.argv.slice(2);
const files = readdirSync(benchFolder)
	.filter((f) => f.endsWith('.bench.ts'))
	.filter((f) => filters.length === 0 || filters.some((name) => f.includes(name)))
	.sort();
if (files.length === 0) {
	console.error(`No bench/*.bench.ts matches ${filters.join(', ')}`);
	process.exitCode = 1;
}
const cpu = cpus();
console.log(
	`Node ${process.version}, ${process.platform}/${process.arch}, ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}`
);
console.log(new Date().toISOString());

for (const file of files) {
	console.log(`\n=== ${file} ===`);
	try {
		await import(pathToFileURL(join(benchFolder, file)).href);
	} catch (cause) {
		// One broken bench should not hide the others' numbers.
		console.error(`${file} failed:`, cause);
		process.exitCode = 1;
	}
}
