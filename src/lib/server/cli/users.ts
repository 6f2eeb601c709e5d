import { parseArgs } from 'node:util';
import { isRole, ROLES } from '$lib/auth/roles';
import { databaseConfigFromEnv } from '../db/config';
import { oneTimePassword } from '../auth/passwords';
import { deleteUserSessions } from '../auth/sessions';
import { createUser, findUserByName, listUsers, setPassword } from '../auth/users';
import { runCli, UsageError, withDatabase } from './run-cli';

/*
 * `npm run users -- <list | add | reset>`: accounts from the command line, for a server
 * database's first administrator and for an administrator who is locked out. One-time
 * passwords are printed once and must be changed at the first sign-in. Exit codes as in
 * run-cli.ts.
 */
const USAGE = `Bruk:
  npm run users -- list
  npm run users -- add <brukernavn> <rolle> [--name "Fullt navn"]   (roller: ${ROLES.join(', ')})
  npm run users -- reset <brukernavn>`;

async function main(argv: string[]): Promise<number> {
	const { positionals, values } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: { name: { type: 'string' } }
	});
	const [command, username, role] = positionals;
	return withDatabase(databaseConfigFromEnv(process.env), async ({ db }) => {
		if (command === 'list' && positionals.length === 1) {
			for (const u of await listUsers(db)) {
				console.log(
					`${u.username}\t${u.role}\t${u.active ? 'aktiv' : 'deaktivert'}\t${u.displayName}`
				);
			}
			return 0;
		}
		if (command === 'add' && username && isRole(role) && positionals.length === 3) {
			const created = await createUser(db, {
				username,
				displayName: values.name ?? username,
				role
			});
			if (!created) {
				console.error(`Brukernavnet «${username}» er tatt.`);
				return 1;
			}
			console.log(`Opprettet ${username} (${role}). Engangspassord: ${created.password}`);
			return 0;
		}
		if (command === 'reset' && username && positionals.length === 2) {
			const user = await findUserByName(db, username);
			if (!user) {
				console.error(`Fant ingen bruker «${username}».`);
				return 1;
			}
			const password = oneTimePassword();
			await setPassword(db, user.id, password, true);
			await deleteUserSessions(db, user.id);
			console.log(`Nytt engangspassord for ${user.username}: ${password}`);
			return 0;
		}
		throw new UsageError(USAGE);
	});
}

runCli(main, USAGE);
