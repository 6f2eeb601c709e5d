import { describe, expect, it } from 'vitest';
import { element, escapeXml, isXmlName, xmlDocument } from './xml-builder';

describe('escapeXml', () => {
	it('escapes markup characters and quotes', () => {
		expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;'
		);
	});

	it('keeps line breaks as references and replaces characters XML cannot hold', () => {
		expect(escapeXml('a\nb\u0001c')).toBe('a&#10;b\ufffdc');
	});
});

describe('element', () => {
	it('escapes text children, also text that looks like markup', () => {
		expect(String(element('app:områdenavn', {}, '<b>B1</b>'))).toBe(
			'<app:områdenavn>&lt;b&gt;B1&lt;/b&gt;</app:områdenavn>'
		);
	});

	it('nests and indents elements, leaving out missing children and attributes', () => {
		const xml = element('a', { id: 'x', skip: undefined }, element('b', {}, 1), null, [
			element('c', {})
		]);
		expect(String(xml)).toBe('<a id="x">\n\t<b>1</b>\n\t<c/>\n</a>');
	});

	it('escapes attribute values', () => {
		expect(String(element('gml:name', { codeSpace: 'a"b' }, 'v'))).toBe(
			'<gml:name codeSpace="a&quot;b">v</gml:name>'
		);
	});
});

describe('xmlDocument and isXmlName', () => {
	it('declares UTF-8', () => {
		expect(xmlDocument(element('a', {}))).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a/>\n');
	});

	it.each([
		['KpArealformålOmråde', true],
		['Kp Område', false],
		['1Omrade', false],
		['a<b', false]
	])('isXmlName(%j) is %s', (name, valid) => {
		expect(isXmlName(name)).toBe(valid);
	});
});
