import { describe, expect, it } from 'vitest';
import { CrsError, ParseError } from '../../errors';
import entityBomb from './fixtures/broken/entity-bomb.gml?raw';
import externalEntity from './fixtures/broken/external-entity.gml?raw';
import notAPlan from './fixtures/broken/not-a-plan.gml?raw';
import oddPosList from './fixtures/broken/odd-poslist.gml?raw';
import truncated from './fixtures/broken/truncated.gml?raw';
import unclosedRing from './fixtures/broken/unclosed-ring.gml?raw';
import undefinedEntity from './fixtures/broken/undefined-entity.gml?raw';
import unknownSrs from './fixtures/broken/unknown-srs.gml?raw';
import { parseNpadGml } from './parse';

/** The error parseNpadGml throws for a text, or a failure if it reads it. */
function errorOf(text: string | Uint8Array): ParseError | CrsError {
	try {
		parseNpadGml(text, { fileName: 'plan.gml' });
	} catch (error) {
		return error as ParseError;
	}
	throw new Error('expected parseNpadGml to throw');
}

const summary = (error: ParseError | CrsError) => ({
	type: error.constructor.name,
	reason: error.reason,
	location: error.location
});

describe('parseNpadGml refuses unsafe XML', () => {
	it('refuses an entity bomb at its DOCTYPE, before any entity is expanded', () => {
		const error = errorOf(entityBomb);
		expect({ ...summary(error), short: error.message.length < 200 }).toEqual({
			type: 'ParseError',
			reason: 'xml-doctype-forbidden',
			location: { file: 'plan.gml', line: 2 },
			short: true
		});
	});

	it('refuses an external entity without reading the file it names', () => {
		const error = errorOf(externalEntity);
		expect({ ...summary(error), leaked: error.message.includes('root:') }).toEqual({
			type: 'ParseError',
			reason: 'xml-doctype-forbidden',
			location: { file: 'plan.gml', line: 2 },
			leaked: false
		});
	});

	it('refuses a DOCTYPE that arrives as bytes, too', () => {
		expect(errorOf(new TextEncoder().encode(externalEntity)).reason).toBe('xml-doctype-forbidden');
	});

	it('refuses an undefined entity as malformed GML, naming line and feature', () => {
		expect(summary(errorOf(undefinedEntity))).toEqual({
			type: 'ParseError',
			reason: 'malformed-gml',
			location: { file: 'plan.gml', line: 6, feature: '_ent-1' }
		});
	});
});

describe('parseNpadGml refuses broken plans with the place to fix', () => {
	it('an unclosed ring', () => {
		expect(summary(errorOf(unclosedRing))).toEqual({
			type: 'ParseError',
			reason: 'unclosed-ring',
			location: { file: 'plan.gml', feature: '_open-1', line: 9 }
		});
	});

	it('a posList with an odd number of ordinates', () => {
		expect(summary(errorOf(oddPosList))).toEqual({
			type: 'ParseError',
			reason: 'malformed-gml',
			location: { file: 'plan.gml', feature: '_odd-1', line: 10 }
		});
	});

	it('an unknown srsName, named in the error', () => {
		const error = errorOf(unknownSrs);
		expect({ ...summary(error), detail: error.detail }).toEqual({
			type: 'CrsError',
			reason: 'unknown-crs',
			location: { file: 'plan.gml', feature: '_srs-1', line: 7 },
			detail: 'unknown CRS "urn:ogc:def:crs:EPSG::2154"'
		});
	});

	it('truncated XML', () => {
		expect(summary(errorOf(truncated))).toEqual({
			type: 'ParseError',
			reason: 'malformed-gml',
			location: { file: 'plan.gml', line: 10, feature: '_cut-1' }
		});
	});

	it('GML without plan objects', () => {
		expect(summary(errorOf(notAPlan))).toEqual({
			type: 'ParseError',
			reason: 'not-a-plan',
			location: { file: 'plan.gml' }
		});
	});

	it('a plan whose geometry has no srsName anywhere', () => {
		const text = unclosedRing
			.replace(' srsName="http://www.opengis.net/def/crs/EPSG/0/25832"', '')
			.replace('580000 6633001', '580000 6633000');
		expect(summary(errorOf(text))).toEqual({
			type: 'CrsError',
			reason: 'unknown-crs',
			location: { file: 'plan.gml', feature: '_open-1', line: 7 }
		});
	});

	it('text that is not XML at all', () => {
		expect(summary(errorOf('{"type": "FeatureCollection"}'))).toMatchObject({
			type: 'ParseError',
			reason: 'malformed-gml'
		});
	});
});
