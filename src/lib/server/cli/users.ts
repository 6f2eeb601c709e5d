import { parseArgs } from 'node:util';
import { isRole, ROLES, type Role } from '$lib/auth/roles';
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

type Command =
	| { kind: 'list' }
	| { kind: 'add'; username: string; role: Role; name: string }
	| { kind: 'reset'; username: string };

/** Checked before the database is opened, so a typo answers at once and touches nothing. */
function parseCommand(argv: string[]): Command {
	const { positionals, values } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: { name: { type: 'string' } }
	});
	const [command, username, role] = positionals;
	if (command === 'list' && positionals.length === 1) return { kind: 'list' };
	if (command === 'add' && username && isRole(role) && positionals.length === 3) {
		return { kind: 'add', username, role, name: values.name ?? username };
	}
	if (command === 'reset' && username && positionals.length === 2) {
		return { kind: 'reset', username };
	}
	throw new UsageError(USAGE);
}

async function main(argv: string[]): Promise<number> {
	const command = parseCommand(argv);
	return withDatabase(databaseConfigFromEnv(process.env), async ({ db }) => {
		if (command.kind === 'list') {
			for (const u of await listUsers(db)) {
				const state = u.active ? 'aktiv' : 'deaktivert';
				console.log(`${u.username}\t${u.role}\t${state}\t${u.displayName}`);
			}
			return 0;
		}
		if (command.kind === 'add') {
			const { username, role, name } = command;
			const created = await createUser(db, { username, displayName: name, role });
			if (!created) {
				console.error(`Brukernavnet «${username}» er tatt.`);
				return 1;
			}
			console.log(`Opprettet ${username} (${role}). Engangspassord: ${created.password}`);
			return 0;
		}
		const user = await findUserByName(db, command.username);
		if (!user) {
			console.error(`Fant ingen bruker «${command.username}».`);
			return 1;
		}
		const password = oneTimePassword();
		await setPassword(db, user.id, password, true);
		await deleteUserSessions(db, user.id);
		console.log(`Nytt engangspassord for ${user.username}: ${password}`);
		return 0;
	});
}

runCli(main, USAGE);
