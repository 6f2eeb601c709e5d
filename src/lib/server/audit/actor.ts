import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is making a change, as the audit log records it. */
export interface Actor {
	/** users.id; null for the system itself (seed, migrations) and command-line runs. */
	id: number | null;
	name: string;
}

const current = new AsyncLocalStorage<Actor>();

/**
 * Runs `work` on behalf of `actor`. The request hook wraps every request in this, the CLIs
 * their whole run; `withTransaction` hands the actor to the database, whose audit triggers
 * record it. Carrying it in async context rather than as a parameter means no write path
 * can forget to pass it on.
 */
export function runAs<T>(actor: Actor, work: () => T): T {
	return current.run(actor, work);
}

export function currentActor(): Actor | undefined {
	return current.getStore();
}
