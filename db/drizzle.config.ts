import { defineConfig } from 'drizzle-kit';

// Generation only needs the schema; it never connects. Migrations run through db/migrate.ts.
export default defineConfig({
	dialect: 'postgresql',
	schema: './db/schema/index.ts',
	out: './db/migrations'
});
