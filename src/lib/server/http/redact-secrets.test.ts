import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets';

const TOKEN = 'q3N0bUx1c2VyLXNlc3Npb24tdG9rZW4tZXhhbXBsZTE'; // 43 base64url characters

describe('redactSecrets', () => {
	it.each([
		[
			'a postgres URL',
			'connect ECONNREFUSED postgres://planbord:hemmelig@db:5432/planbord',
			'connect ECONNREFUSED postgres://planbord:***@db:5432/planbord'
		],
		[
			'a postgresql URL with an encoded password',
			'url postgresql://admin:p%40ss%3Aw0rd@10.0.0.5/plan?sslmode=require',
			'url postgresql://admin:***@10.0.0.5/plan?sslmode=require'
		],
		[
			'a DATABASE_URL assignment',
			'env DATABASE_URL=postgres://u@db/planbord?sslpassword=x was rejected',
			'env DATABASE_URL=*** was rejected'
		],
		['a JSON DATABASE_URL', '{"DATABASE_URL": "postgres://x"}', '{"DATABASE_URL": ***}'],
		[
			'libpq key-value passwords',
			'host=db user=planbord password=hemmelig dbname=planbord',
			'host=db user=planbord password=*** dbname=planbord'
		],
		['a query-string token', '/api/x?token=abc123&view=1', '/api/x?token=***&view=1'],
		[
			'cookie header values',
			'cookie: planbord_session=abc; theme=dark',
			'cookie: planbord_session=***; theme=***'
		],
		['a bearer token', 'Authorization: Bearer eyJhbGciOi.x-y_z', 'Authorization: Bearer ***'],
		[
			'a session-shaped token',
			`unknown session ${TOKEN} (expired)`,
			'unknown session *** (expired)'
		],
		['a share-link path', `GET /delt/${TOKEN}/kart`, 'GET /delt/***/kart']
	])('masks %s', (_, input, expected) => {
		expect(redactSecrets(input)).toBe(expected);
	});

	it('leaves ordinary error text and stack lines alone', () => {
		const stack = [
			'error: password authentication failed for user "planbord"',
			'    at Socket.<anonymous> (/srv/planbord/node_modules/postgres/src/connection.js:794:9)',
			'    at https://planbord.example/_app/immutable/chunks/entry-DTh23QKw.js:1:20'
		].join('\n');
		expect(redactSecrets(stack)).toBe(stack);
	});

	it('masks every occurrence of a known literal, such as a cookie value', () => {
		expect(
			redactSecrets('value s3cr3t-cookie here and s3cr3t-cookie there', ['s3cr3t-cookie'])
		).toBe('value *** here and *** there');
	});

	it('masks the configured DATABASE_URL even where no pattern would find its password', () => {
		const url = 'postgres://planbord:pa/ss@db/planbord';
		expect(redactSecrets(`failed: ${url}`, [url, undefined])).toBe('failed: ***');
	});

	it('ignores known literals too short to be secrets', () => {
		expect(redactSecrets('pg 1 2 3', ['pg', '1', ''])).toBe('pg 1 2 3');
	});
});
