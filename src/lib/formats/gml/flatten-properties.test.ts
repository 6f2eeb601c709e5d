import { describe, expect, it } from 'vitest';
import { featureNode } from './fixtures/xml-nodes';
import { flattenProperties } from './flatten-properties';

const flatten = (inner: string) => flattenProperties(featureNode(inner).children);

describe('flattenProperties', () => {
	it('skips the data-type wrapper and joins names with dots', () => {
		expect(
			flatten(
				'<app:identifikasjon><app:Identifikasjon><app:lokalId>a</app:lokalId><app:navnerom>n</app:navnerom></app:Identifikasjon></app:identifikasjon>'
			)
		).toEqual({ 'identifikasjon.lokalId': 'a', 'identifikasjon.navnerom': 'n' });
	});

	it('keeps kommunenummer as text and planidentifikasjon as a number', () => {
		expect(
			flatten(
				'<app:arealplanId><app:NasjonalArealplanId><app:kommunenummer>0220</app:kommunenummer><app:planidentifikasjon>2018001</app:planidentifikasjon></app:NasjonalArealplanId></app:arealplanId>'
			)
		).toEqual({ 'arealplanId.kommunenummer': '0220', 'arealplanId.planidentifikasjon': 2018001 });
	});

	it('numbers repeated groups', () => {
		const utnytting = (n: number) =>
			`<app:utnytting><app:Utnytting><app:utnyttingstall>${n}</app:utnyttingstall></app:Utnytting></app:utnytting>`;
		expect(flatten(utnytting(25) + utnytting(30))).toEqual({
			'utnytting.utnyttingstall': 25,
			'utnytting.utnyttingstall[2]': 30
		});
	});

	it('keeps the target of a reference and skips nil and empty properties', () => {
		expect(
			flatten(
				'<app:planområde xlink:href="#_p1"/><app:beskrivelse xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/><app:eierform> </app:eierform>'
			)
		).toEqual({ planområde: '#_p1' });
	});
});
