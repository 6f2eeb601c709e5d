import type { BrowserContext } from 'playwright-core';
import { bootstrapPasswords, changePassword, signIn } from '../../tests/helpers/auth';

/**
 * Every page and API of the app needs a signed-in user. The benches start the app on a new
 * database (a new PGlite folder, or a throwaway PostgreSQL database they seeded), where the
 * app creates the administrator `admin` and prints a one-time password once. A bench signs in
 * with that and changes it (a one-time password opens only /konto), then uses the session.
 */
const BENCH_PASSWORD = 'planbord-bench-2026';

/**
 * After the app's first start on a database without accounts, `output` being what it
 * printed: signs in as `admin`, sets the bench password, and returns the session cookie's
 * value. Sessions live in the database, so it stays valid across restarts of the app.
 */
export async function claimAdmin(appUrl: string, output: string): Promise<string> {
	const [oneTime] = bootstrapPasswords(output);
	if (!oneTime) {
		throw new Error(`the app printed no one-time admin password (not a new database?):\n${output}`);
	}
	const session = await signIn(appUrl, 'admin', oneTime);
	await changePassword(appUrl, session, oneTime, BENCH_PASSWORD);
	return session;
}

/** A new session as `admin` after `claimAdmin` ran on the same database (e.g. after a restart). */
export function signInAgain(appUrl: string): Promise<string> {
	return signIn(appUrl, 'admin', BENCH_PASSWORD);
}

/** The request header that carries a session. */
export const sessionHeader = (session: string) => ({ cookie: `planbord_session=${session}` });

/** Puts the session into a browser context, so its pages open signed in. */
export function addSession(context: BrowserContext, appUrl: string, session: string) {
	return context.addCookies([{ name: 'planbord_session', value: session, url: appUrl }]);
}
