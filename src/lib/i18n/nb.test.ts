import { describe, expect, it } from 'vitest';
import { DatabaseError, ReasonDatabaseAuthFailed } from '../errors';
import { describeError, reasonText } from './nb';

describe('describeError', () => {
	it('gives one line with the reason in bokmål, the detail and the fix', () => {
		const line = describeError(
			new DatabaseError(
				ReasonDatabaseAuthFailed,
				'postgres@db.example:5432/planbord: password failed'
			)
		);
		expect(line).toBe(
			'Planbord: Databasen avviste brukernavn eller passord: database-auth-failed: ' +
				'postgres@db.example:5432/planbord: password failed. Rett brukernavn/passord i DATABASE_URL.'
		);
		expect(line).not.toContain('\n');
	});

	it('marks errors that are not Planbord errors as unexpected', () => {
		expect(describeError(new Error('boom'))).toBe('Planbord: uventet feil: boom');
	});
});

describe('reasonText', () => {
	it('has bokmål for the invalid geometry reason', () => {
		expect(reasonText('invalid-geometry')).toBe('Ugyldig geometri');
	});
});
