import type { Certainty } from './types';

/*
 * PBL 1985 arealbruk (KpArealbrukOmråde, SOSI `OPLAREAL`, GML `arealbruk`): § 20-4 første ledd,
 * for kommuneplaner adopted before 1.7.2009.
 *
 * Source: plan-standards.md §3.1, which transcribes DiBK's style
 * `Arkitektum/styles.ft.dibk.no` `sld/kommuneplan/kparealbrukomrade.sld` @ 9dadcdd6 (re-read
 * here for the patterns). Its 64 codes are exactly the count in Geonorge's register
 * https://register.geonorge.no/sosi-kodelister/arealbruk ("Arealbrukskategori (pbl. 1985 § 20-4
 * første ledd)", 64 codes), whose stored excerpt confirms 18 of the names. NINA's extra
 * "191 Garasjeanlegg (regform)" is in neither, so it is not here and is reported as unknown.
 *
 * Names are the SLD's with three spelling slips corrected (noted per entry). The 1985 SLD calls
 * status 1 "eksisterende" and status 2 "fremtidig".
 */

/** What DiBK draws over (or instead of) the fill. */
export interface Arealbruk1985Pattern {
	readonly kind: 'hatch' | 'crosshatch' | 'dots' | 'symbol';
	readonly current: string;
	readonly future: string;
	/** false: the pattern is drawn on no fill, and `current`/`future` of the entry repeat its colour. */
	readonly onFill: boolean;
}

export interface Arealbruk1985 {
	readonly code: string;
	/** Bokmål name. */
	readonly name: string;
	/** § 20-4 første ledd nr. 1–6: byggeområder, LNF, råstoff, båndlagt, sjø og vassdrag, kommunikasjon. */
	readonly category: 1 | 2 | 3 | 4 | 5 | 6;
	/** The broader 1985 code this one details (110 → 100, 131 → 130); null for the x00 codes. */
	readonly parent: string | null;
	/** The single colour for status 1: the fill, or the pattern colour where there is no fill. */
	readonly current: string;
	/** The single colour for status 2. */
	readonly future: string;
	readonly pattern: Arealbruk1985Pattern | null;
	readonly certainty: Certainty;
	readonly note: string | null;
}

type Extra = Partial<Pick<Arealbruk1985, 'pattern' | 'note'>>;

function entry(
	code: string,
	name: string,
	parent: string | null,
	current: string,
	future: string,
	extra: Extra = {}
): Arealbruk1985 {
	return Object.freeze({
		code,
		name,
		category: Number(code[0]) as Arealbruk1985['category'],
		parent,
		current,
		future,
		pattern: extra.pattern ? Object.freeze(extra.pattern) : null,
		certainty: 'verified',
		note: extra.note ?? null
	});
}

/** Building colours shown as dots on the LNF fill (221–223). */
const dots = (current: string, future: string): Arealbruk1985Pattern => ({
	kind: 'dots',
	current,
	future,
	onFill: true
});

/** Båndlegging patterns: black for eksisterende, red for fremtidig, on no fill. */
const BANDLAGT = { current: '#000000', future: '#ff0000', onFill: false } as const;
const hatch = { pattern: { kind: 'hatch', ...BANDLAGT } } as const;
const crosshatch = { pattern: { kind: 'crosshatch', ...BANDLAGT } } as const;

export const AREALBRUK_1985: readonly Arealbruk1985[] = Object.freeze([
	entry('100', 'Byggeområder (pbl §20-4, 1. ledd nr. 1)', null, '#e5b200', '#e5d83f'),
	entry('101', 'Bybebyggelse', '100', '#e5c339', '#f2da79'),
	entry('102', 'Tettbebyggelse', '100', '#ffe500', '#fff27f'),
	entry('110', 'Boligområde (frittliggende, konsentrert, blokker)', '100', '#ffe500', '#ffff99'),
	entry('120', 'Senterområde (hovedsenter, lokalsenter)', '100', '#a05b44', '#a98579'),
	entry('130', 'Erverv', '100', '#33bfff', '#7fd8ff'),
	entry('131', 'Forretning', '130', '#6699ff', '#ccd8ff'),
	entry('132', 'Kontor', '130', '#6699ff', '#ccd8ff'),
	entry('133', 'Industri', '130', '#6699ff', '#ccd8ff'),
	entry('134', 'Lager', '130', '#6699ff', '#ccd8ff'),
	entry('140', 'Fritidsbebyggelse', '100', '#ffa500', '#ffd87f'),
	entry('150', 'Offentlige bygninger', '100', '#ff2626', '#ffa5a5', {
		note: 'SLD spells it "Offentlig bygninger"'
	}),
	entry('155', 'Bygninger med særskilt angitt allmennyttig formål', '100', '#b23300', '#b27266'),
	entry('160', 'Kommunaltekniske anlegg', '100', '#ff2626', '#ffa5a5'),
	entry('161', 'Grav- og urnelund', '160', '#ff2626', '#ffa5a5'),
	entry('162', 'Avfallsbehandling', '160', '#ff2626', '#ffa5a5'),
	entry('163', 'Kommunalteknisk virksomhet', '160', '#ff2626', '#ffa5a5'),
	entry('170', 'Friområde', '100', '#26ff26', '#a5ffa5'),
	entry('171', 'Idrettsanlegg', '170', '#26ff26', '#a5ffa5'),
	entry('172', 'Park/turveg', '170', '#26ff26', '#a5ffa5'),
	entry('173', 'Skiløype', '170', '#26ff26', '#a5ffa5'),
	entry('190', 'Annet byggeområde', '100', '#e5ac95', '#f2cdbc'),
	entry(
		'200',
		'Landbruks- natur og friluftsområder (pbl §20-4, 1. ledd nr. 2)',
		null,
		'#e5ffa5',
		'#e5ffa5'
	),
	entry('210', 'LNF-område uten bestemmelser om spredt bebyggelse', '200', '#e5ffa5', '#e5ffa5', {
		note: 'SLD spells it "betemmelser"; eksisterende is drawn at 80 % fill opacity'
	}),
	entry(
		'220',
		'LNF-område med bestemmelser om spredt bebyggelse (pbl §20-4, 2. ledd bokstav c)',
		'200',
		'#e5ffa5',
		'#e5ffa5',
		{
			note: 'SLD spells it "betemmelser"'
		}
	),
	entry('221', 'LNF-område der spredt boligbebyggelse er tillatt', '220', '#e5ffa5', '#e5ffa5', {
		pattern: dots('#ffff00', '#ffff99')
	}),
	entry(
		'222',
		'LNF-område der spredt ervervsbebyggelse som ikke er tilknyttet stedbunden næring er tillatt',
		'220',
		'#e5ffa5',
		'#e5ffa5',
		{
			pattern: dots('#6699ff', '#ccd8ff')
		}
	),
	entry('223', 'LNF-område der spredt fritidsbebyggelse er tillatt', '220', '#e5ffa5', '#e5ffa5', {
		pattern: dots('#ffa500', '#ffd87f')
	}),
	entry(
		'300',
		'Områder for råstoffutvinning (pbl §20-4, 1. ledd nr. 3)',
		null,
		'#ac5f99',
		'#c1adc1'
	),
	entry('310', 'Gruvedrift', '300', '#ac5f99', '#c1adc1'),
	entry('320', 'Masseuttak (steinbrudd, grustak, sandtak)', '300', '#ac5f99', '#c1adc1'),
	entry('330', 'Myrareal', '300', '#ac5f99', '#c1adc1'),
	entry(
		'400',
		'Områder som er båndlagt eller skal båndlegges (§20-4, 1. ledd nr. 4)',
		null,
		'#000000',
		'#ff0000'
	),
	entry('410', 'Båndlegging etter lov om naturvern', '400', '#000000', '#ff0000', hatch),
	entry('420', 'Båndlegging etter lov om kulturminner', '400', '#000000', '#ff0000', hatch),
	entry('460', 'Båndlegging for forsvaret', '400', '#000000', '#ff0000', hatch),
	entry('470', 'Områder som skal reguleres etter pbl', '400', '#000000', '#ff0000', hatch),
	entry('490', 'Områder etter annet lovverk', '400', '#000000', '#ff0000', crosshatch),
	entry('499', 'Båndlegging etter flere lovverk', '400', '#000000', '#ff0000', crosshatch),
	entry(
		'500',
		'Områder for særskilt bruk eller vern av sjø og vassdrag (pbl §20-4, 1. ledd nr. 5)',
		null,
		'#3fd8ff',
		'#b2f7ff'
	),
	entry('510', 'Vann med restriksjon (drikkevannskilde e.l.)', '500', '#3fd8ff', '#b2f7ff', {
		pattern: { kind: 'symbol', current: '#000000', future: '#000000', onFill: true }
	}),
	// 520 and 530 have one SLD rule for both statuses.
	entry('520', 'Vannareal for allment friluftsliv', '500', '#b2f2ff', '#b2f2ff'),
	entry('521', 'Småbåthavn', '520', '#3fd8ff', '#b2f7ff'),
	entry('522', 'Idrettsområde', '520', '#3fd8ff', '#b2f7ff'),
	entry('530', 'Vannareal for allmenn flerbruk', '500', '#7ff2f2', '#7ff2f2'),
	entry('531', 'Ferdselsområde', '530', '#3fd8ff', '#b2f7ff'),
	entry('532', 'Fiskeområde', '530', '#3fd8ff', '#b2f7ff'),
	entry('533', 'Akvakulturområde', '530', '#3fd8ff', '#b2f7ff'),
	entry('540', 'LNF-område i sjø og vassdrag', '500', '#3fd8ff', '#b2f7ff', {
		note: 'SLD spells it "LNF-område is sjø og vassdrag"'
	}),
	entry('541', 'Friluftsområde i sjø og vassdrag', '540', '#3fd8ff', '#b2f7ff'),
	entry('542', 'Naturområde i sjø og vassdrag', '540', '#3fd8ff', '#b2f7ff'),
	entry('590', 'Annen særskilt bruk eller vern', '500', '#3fd8ff', '#b2f7ff'),
	entry(
		'600',
		'Viktige ledd i kommunikasjonssystemet (pbl §20-4, 1. ledd nr. 6)',
		null,
		'#666666',
		'#bfbfbf'
	),
	entry('610', 'Vegareal', '600', '#666666', '#bfbfbf'),
	entry('620', 'Parkering', '600', '#666666', '#bfbfbf'),
	entry('630', 'Fotgjengerstrøk', '600', '#989999', '#d8d8d8'),
	entry('631', 'Bilfritt trafikkareal', '630', '#989999', '#d8d8d8'),
	entry('632', 'Gang- og sykkelareal', '630', '#989999', '#d8d8d8'),
	entry('640', 'Terminal', '600', '#666666', '#bfbfbf'),
	entry('641', 'Terminalbygg', '640', '#666666', '#bfbfbf'),
	entry('650', 'Jernbaneareal', '600', '#666666', '#bfbfbf'),
	entry('660', 'Sporvegsareal', '600', '#666666', '#bfbfbf'),
	entry('670', 'Flyplass', '600', '#666666', '#bfbfbf'),
	entry('680', 'Havn', '600', '#666666', '#bfbfbf')
]);
