import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The app's route tree as SvelteKit sees it, read from src/routes (for access tests). */
const ROOT = 'src/routes';

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
	);
}

function routeId(file: string): string {
	return `/${relative(ROOT, file).split(sep).slice(0, -1).join('/')}`;
}

/** `{ routeId: ['POST', '?/save', …] }`: every changing endpoint method and form action. */
export function declaredWrites(): Map<string, string[]> {
	const writes = new Map<string, string[]>();
	for (const file of files(ROOT)) {
		const source = readFileSync(file, 'utf8');
		const found: string[] = [];
		if (file.endsWith('+server.ts')) {
			for (const m of source.matchAll(
				/export (?:const|async function) (POST|PUT|PATCH|DELETE)\b/g
			)) {
				found.push(m[1]!);
			}
		}
		if (file.endsWith('+page.server.ts')) {
			const actions = source.split('export const actions')[1];
			for (const m of actions?.matchAll(/^\t(\w+): async/gm) ?? []) found.push(`?/${m[1]}`);
		}
		if (found.length) writes.set(routeId(file), [...(writes.get(routeId(file)) ?? []), ...found]);
	}
	return writes;
}

/** Every route answering GET: pages and endpoints with a GET handler. */
export function declaredReads(): { pages: string[]; endpoints: string[] } {
	const all = files(ROOT);
	const pages = all.filter((f) => f.endsWith('+page.svelte')).map(routeId);
	const endpoints = all
		.filter(
			(f) =>
				f.endsWith('+server.ts') &&
				/export (const|async function) GET\b/.test(readFileSync(f, 'utf8'))
		)
		.map(routeId);
	return { pages: [...new Set(pages)], endpoints };
}

/** Every route id that exists (pages, endpoints, actions). */
export function declaredRoutes(): Set<string> {
	return new Set(
		files(ROOT)
			.filter((f) => /\+(page\.svelte|server\.ts|page\.server\.ts)$/.test(f))
			.map(routeId)
	);
}
