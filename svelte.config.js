import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		alias: {
			$db: 'db'
		},
		typescript: {
			// db/, bench/ and scripts/ sit outside src/ but are type-checked and linted like it.
			config: (tsconfig) => {
				tsconfig.include.push('../db/**/*.ts', '../bench/**/*.ts', '../scripts/**/*.ts');
			}
		}
	}
};

export default config;
