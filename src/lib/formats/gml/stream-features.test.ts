import { describe, expect, it } from 'vitest';
import { KP_NS } from './namespaces';
import { MAX_XML_DEPTH, streamFeatures } from './stream-features';
import type { XmlNode } from './xml-node';

const GML = 'xmlns:gml="http://www.opengis.net/gml/3.2"';

function collect(chunks: string[]): {
	types: string[];
	srs: Array<string | undefined>;
	foreign: number;
} {
	const types: string[] = [];
	const srs: Array<string | undefined> = [];
	const { foreignFeatures } = streamFeatures(chunks, (node: XmlNode, documentSrsName) => {
		types.push(node.local);
		srs.push(documentSrsName);
	});
	return { types, srs, foreign: foreignFeatures };
}

describe('streamFeatures', () => {
	it('hands over plan features under featureMember, featureMembers and wfs:member', () => {
		const xml = `<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" ${GML} xmlns:app="${KP_NS}">
			<wfs:member><app:KpOmråde/></wfs:member>
			<gml:featureMembers><app:KpFareSone/><app:KpStøySone/></gml:featureMembers>
			<gml:featureMember><app:KpArealformålOmråde><app:identifikasjon><app:Identifikasjon/></app:identifikasjon></app:KpArealformålOmråde></gml:featureMember>
		</wfs:FeatureCollection>`;
		expect(collect([xml]).types).toEqual([
			'KpOmråde',
			'KpFareSone',
			'KpStøySone',
			'KpArealformålOmråde'
		]);
	});

	it('passes on the srsName of the collection envelope', () => {
		const xml = `<gml:FeatureCollection ${GML} xmlns:app="${KP_NS}"><gml:boundedBy><gml:Envelope srsName="EPSG:25833"/></gml:boundedBy><gml:featureMember><app:KpOmråde/></gml:featureMember></gml:FeatureCollection>`;
		expect(collect([xml]).srs).toEqual(['EPSG:25833']);
	});

	it('counts and skips members in other namespaces', () => {
		const xml = `<gml:FeatureCollection ${GML} xmlns:fkb="http://skjema.geonorge.no/SOSI/produktspesifikasjon/FKB-Bygning/5.0"><gml:featureMember><fkb:Bygning><fkb:x/></fkb:Bygning></gml:featureMember></gml:FeatureCollection>`;
		expect(collect([xml])).toEqual({ types: [], srs: [], foreign: 1 });
	});

	it('reads features split across chunks anywhere', () => {
		const xml = `<gml:FeatureCollection ${GML} xmlns:app="${KP_NS}"><gml:featureMember><app:KpOmråde><app:plannavn>Asker</app:plannavn></app:KpOmråde></gml:featureMember></gml:FeatureCollection>`;
		const chunks = xml.match(/.{1,7}/gs) ?? [];
		let name = '';
		streamFeatures(chunks, (node) => (name = node.children[0]?.text ?? ''));
		expect(name).toBe('Asker');
	});

	it('refuses a DOCTYPE the parser meets after the first chunk', () => {
		const chunks = ['<?xml version="1.0"?>\n<!--', ' long comment -->\n<!DOCTYPE a>', '<a/>'];
		expect(() => streamFeatures(chunks, () => undefined, 'a.gml')).toThrow(
			expect.objectContaining({
				reason: 'xml-doctype-forbidden',
				location: { file: 'a.gml', line: 3 }
			})
		);
	});

	// Found by parse.fuzz: 30 000 levels inside a feature took 80 s (quadratic in saxes) and
	// then overflowed the stack in the feature reader.
	it('refuses elements nested deeper than MAX_XML_DEPTH, quickly', () => {
		const depth = 30_000;
		const text =
			`<c ${GML} xmlns:app="${KP_NS}"><gml:featureMember><app:KpOmråde>` +
			'<app:x>'.repeat(depth) +
			'</app:x>'.repeat(depth) +
			'</app:KpOmråde></gml:featureMember></c>';
		const start = performance.now();
		expect(() => streamFeatures([text], () => undefined, 'a.gml')).toThrow(
			expect.objectContaining({
				reason: 'malformed-gml',
				detail: `elements nested more than ${MAX_XML_DEPTH} levels deep`
			})
		);
		expect(performance.now() - start).toBeLessThan(1_000);
	});
});
