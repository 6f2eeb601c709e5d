import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createServer } from 'node:net';

export interface RunningApp {
	url: string;
	output: () => string;
	/** SIGTERM, then SIGKILL after 10 s; tells which one ended the process. */
	stop(): Promise<'exited' | 'killed'>;
}

/**
 * Starts the production build (`node build/index.js`) as a real process on a free loopback
 * port, with the given environment, and waits until it answers. Start-up includes opening,
 * migrating and (embedded) seeding the database, so it may take tens of seconds.
 */
export async function startApp(
	env: Record<string, string>,
	timeoutMs = 120_000
): Promise<RunningApp> {
	if (!existsSync('build/index.js')) {
		throw new Error('build/index.js is missing: run `npm run build` before `npm run test:e2e`');
	}
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	// adapter-node assumes https unless told the origin; form posts would fail its CSRF check.
	const child = spawnApp({ PORT: String(port), ORIGIN: url, ...env });
	let log = '';
	child.stdout?.on('data', (d) => (log += d));
	child.stderr?.on('data', (d) => (log += d));
	await waitUntilUp(url, child, timeoutMs, () => log);
	return { url, output: () => log, stop: () => stop(child) };
}

function spawnApp(env: Record<string, string>): ChildProcess {
	// The app gets DATABASE_URL only when a test passes one: the default is the embedded database.
	const inherited = { ...process.env };
	delete inherited.DATABASE_URL;
	return spawn(process.execPath, ['build/index.js'], {
		// As `npm start` does: plan files are megabytes, adapter-node's default limit is 512 kB.
		env: { BODY_SIZE_LIMIT: '250M', ...inherited, HOST: '127.0.0.1', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
}

async function waitUntilUp(
	url: string,
	child: ChildProcess,
	timeoutMs: number,
	log: () => string
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`app exited (${child.exitCode}):\n${log()}`);
		const ok = await fetch(`${url}/helse`).then(
			(r) => r.ok,
			() => false
		);
		if (ok) return;
		await new Promise((r) => setTimeout(r, 500));
	}
	await stop(child);
	throw new Error(`app did not answer within ${timeoutMs} ms:\n${log()}`);
}

/**
 * Starts the built app expecting it to refuse to start; resolves with its exit code and
 * everything it printed.
 */
export function startAppExpectingExit(
	env: Record<string, string>,
	timeoutMs = 60_000
): Promise<{ code: number | null; output: string }> {
	const child = spawnApp({ PORT: '0', ...env });
	let output = '';
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	return new Promise((resolve) => {
		const kill = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.once('exit', (code) => {
			clearTimeout(kill);
			resolve({ code, output });
		});
	});
}

function stop(child: ChildProcess): Promise<'exited' | 'killed'> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve('exited');
	return new Promise((resolve) => {
		// A clean shutdown is expected well within 10 s; the kill keeps a broken one from hanging CI.
		let killed = false;
		const kill = setTimeout(() => {
			killed = true;
			child.kill('SIGKILL');
		}, 10_000);
		child.once('exit', () => {
			clearTimeout(kill);
			resolve(killed ? 'killed' : 'exited');
		});
		child.kill('SIGTERM');
	});
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject()
			);
		});
	});
}

/**
 * A data folder holding what the embedded database looks like after its first start (the
 * shipped geodata seeded), copied from the run's template: the app opens it in seconds.
 */
export function seededDataDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'planbord-e2e-'));
	cpSync(inject('e2eDataTemplate'), dir, { recursive: true });
	return dir;
}
