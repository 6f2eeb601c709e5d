import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					// GDAL round trips read what our writers wrote with an independent implementation.
					include: ['src/**/*.test.ts', 'tests/gdal/**/*.gdal.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'db',
					environment: 'node',
					include: ['tests/db/**/*.db.test.ts'],
					globalSetup: ['tests/helpers/pglite-template.setup.ts'],
					// Opening PGlite with PostGIS takes seconds; a server database is created per file.
					testTimeout: 120_000,
					hookTimeout: 180_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.e2e.ts'],
					globalSetup: ['tests/helpers/e2e-template.setup.ts'],
					testTimeout: 180_000,
					hookTimeout: 300_000,
					fileParallelism: false
				}
			}
		]
	}
});
