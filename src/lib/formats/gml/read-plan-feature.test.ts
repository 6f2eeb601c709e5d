import { describe, expect, it } from 'vitest';
import { featureNode } from './fixtures/xml-nodes';
import { readPlanFeature } from './read-plan-feature';

const SRS = 'http://www.opengis.net/def/crs/EPSG/0/25832';
const surface = `<app:område><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>0 0 1 0 1 1 0 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></app:område>`;

describe('readPlanFeature', () => {
	it('reads Planbord’s identifier and gml:name slots back into the model', () => {
		const node = featureNode(
			`<gml:identifier codeSpace="urn:planbord:objectId">12</gml:identifier>
			<gml:name codeSpace="urn:planbord:name">Nedslagsfelt</gml:name>
			<gml:name codeSpace="urn:planbord:status">1</gml:name>
			<gml:name codeSpace="urn:planbord:attribute:kilde%20(SOSI)">Asker</gml:name>
			<gml:name codeSpace="urn:planbord:text:lokalref">42</gml:name>
			<app:identifikasjon><app:Identifikasjon><app:lokalId>64ee8f57-3d18-51d2-958e-20a744e68fa4</app:lokalId></app:Identifikasjon></app:identifikasjon>
			${surface}<app:arealbruksrestriksjoner>410</app:arealbruksrestriksjoner>`,
			'KpRestriksjonOmråde'
		);
		const read = readPlanFeature(node, SRS);
		expect(read.surface && read.feature.properties).toEqual({
			kind: 'zone',
			objectType: 'KpRestriksjonOmråde',
			code: '410',
			codeList: 'none',
			status: 1,
			name: 'Nedslagsfelt',
			objectId: '12',
			attributes: { 'kilde (SOSI)': 'Asker', lokalref: '42' }
		});
	});

	it('keeps another tool’s gml:name and a status that is not a number as attributes', () => {
		const node = featureNode(
			`<gml:name>Hvalstad</gml:name>${surface}<app:arealformål>1110</app:arealformål><app:arealbruksstatus>ukjent</app:arealbruksstatus>`
		);
		const read = readPlanFeature(node, SRS);
		expect(
			read.surface && [read.feature.properties.status, read.feature.properties.attributes]
		).toEqual([null, { 'gml:name': 'Hvalstad', arealbruksstatus: 'ukjent' }]);
	});

	it('falls back to gml:id when there is no lokalId and reads a KpBestemmelseOmråde as a zone without a code', () => {
		const read = readPlanFeature(featureNode(surface, 'KpBestemmelseOmråde'), SRS);
		expect(
			read.surface && [
				read.feature.properties.objectId,
				read.feature.properties.kind,
				read.feature.properties.codeList
			]
		).toEqual(['f1', 'zone', 'none']);
	});

	it('reports an object without a surface for the header, with its name', () => {
		const node = featureNode(
			`<app:plannavn>Reguleringsplan Hvalstad</app:plannavn><app:grense><gml:LineString><gml:posList>0 0 1 1</gml:posList></gml:LineString></app:grense>`,
			'Arealplan'
		);
		expect(readPlanFeature(node, SRS)).toEqual({
			surface: false,
			objectType: 'Arealplan',
			attributes: {},
			name: 'Reguleringsplan Hvalstad'
		});
	});
});
