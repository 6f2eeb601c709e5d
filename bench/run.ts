import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Runs every bench/*.bench.ts one after the other in this process. Each bench file does
 * its work on import (top-level await), so importing it is running it. In sequence, never
 * in parallel: concurrent benches would share CPU and skew each other's numbers.
 */

const benchFolder = dirname(fileURLToPath(import.meta.url));
// Migrations and geodata are found from the working directory; make that the repository root.
process.chdir(dirname(benchFolder));

const files = readdirSync(benchFolder)
	.filter((f) => f.endsWith('.bench.ts'))
	.sort();
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
