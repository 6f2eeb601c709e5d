import { resolve } from 'node:path';

/**
 * db/migrations, found from the working directory: the app, the CLIs and the tests all run
 * from the repository root (npm scripts do), and the built server does not bundle SQL files.
 */
export const MIGRATIONS_FOLDER = resolve('db/migrations');
