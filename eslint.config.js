import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Domain folders: framework-free TypeScript (conventions.md, "import rules"). */
const DOMAIN = [
	'src/lib/geometry/**',
	'src/lib/formats/**',
	'src/lib/municipalities/**',
	'src/lib/search/**',
	'src/lib/tiles/**',
	'src/lib/buildings/**',
	'src/lib/efficiency/**',
	'src/lib/condition/**',
	'src/lib/plans/**',
	'src/lib/codelists/**',
	'src/lib/merge/**',
	'src/lib/zones/**',
	'src/lib/audit/**',
	'src/lib/auth/**',
	'src/lib/i18n/**',
	'src/lib/errors.ts'
];

const forbid = (names, message) =>
	names.map((name) => ({ group: [name], message, allowTypeImports: true }));

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', '.data/', 'node_modules/', 'scratch/', 'db/migrations/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', ignoreRestSiblings: true }
			],
			// Planbord is served at the root (no paths.base), and its map links carry query
			// strings built from map state, which this rule cannot see through.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: { '@typescript-eslint/no-floating-promises': 'error' }
	},
	{
		files: DOMAIN,
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: forbid(
						[
							'svelte',
							'svelte/*',
							'$app/*',
							'$env/*',
							'$lib/server/*',
							'$db/*',
							'maplibre-gl',
							'drizzle-orm',
							'drizzle-orm/*',
							'postgres',
							'@electric-sql/*',
							'node:*'
						],
						'Domain code is framework-free: pass data in, return data out.'
					)
				}
			]
		}
	},
	{
		files: ['src/lib/map/**', 'src/lib/components/**', 'src/**/*.svelte'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: forbid(['$lib/server/*', '$db/*'], 'Browser code must not reach the database.')
				}
			]
		}
	},
	{
		files: ['src/routes/**/+*.server.ts', 'src/hooks.server.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: forbid(
						['$db/*', 'drizzle-orm', 'drizzle-orm/*'],
						'Routes call a $lib/server function; no queries here.'
					)
				}
			]
		}
	},
	{
		// Test code builds broken inputs on purpose; typing them fully would hide the intent.
		files: ['tests/**', '**/*.test.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	}
);
