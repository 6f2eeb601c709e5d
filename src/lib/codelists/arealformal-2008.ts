import type { Certainty, MainPurposeId } from './types';

/*
 * KPA arealformål after PBL 2008 § 11-7 (SOSI `KPAREALFORMÅL`, GML `arealformål`).
 *
 * Source: plan-standards.md §1.2, which transcribes DiBK's published style
 * `Arkitektum/styles.ft.dibk.no` `sld/kommuneplan/kparealformalomrade.sld` @ 9dadcdd6
 * (re-read here: every code and both fills match). Names are the SLD rule names, one list
 * used throughout (§1.2 "Naming differences"). Colours follow NPAD Del 2 tegneregler, which
 * was not read directly; 8 of them match Sandefjord's KPA renderer.
 *
 * Hatched combined purposes (1800, 2800, 4800, 6800) are drawn as 45° stripes of the given
 * colour on white (`symbols/arealformal-<code>-ekst|frem.svg`); their colour here is the stripe
 * colour from those SVGs. 3800 is a plain fill in the SLD, so it is not hatched.
 */

export type ArealformalLevel = 'hovedformål' | 'underformål' | 'generalisert-utgått';

export interface Arealformal2008 {
	readonly code: string;
	/** Bokmål name (DiBK SLD rule name). */
	readonly name: string;
	readonly mainPurpose: MainPurposeId;
	readonly level: ArealformalLevel;
	/** The code this one is an underformål of; null for hovedformål and generalised codes. */
	readonly parent: string | null;
	/** Fill for arealbruksstatus 1 (nåværende), '#rrggbb'. */
	readonly current: string;
	/** Fill for arealbruksstatus 2 (framtidig), '#rrggbb'. */
	readonly future: string;
	/** Drawn as 45° stripes of `current`/`future` on white instead of a plain fill. */
	readonly hatch: boolean;
	/** "Utgått": x000 (not allowed on plans made under SOSI 4.5) and 5001. */
	readonly expired: boolean;
	readonly certainty: Certainty;
	/** Why the certainty is below ✔, or another caveat (English). */
	readonly note: string | null;
}

type Extra = Partial<Pick<Arealformal2008, 'hatch' | 'expired' | 'certainty' | 'note'>>;

const NEWER =
	'In the SLD and NINA but not in the older KP code-list excerpt: probably added in a later NPAD version (§1.2 notes, ◐)';
const PARENT_GUESSED = `${NEWER}; parent inferred from the numbering (✘)`;

function entry(
	code: string,
	name: string,
	level: ArealformalLevel,
	parent: string | null,
	current: string,
	future: string,
	extra: Extra = {}
): Arealformal2008 {
	return Object.freeze({
		code,
		name,
		// The 2008 scheme puts the § 11-7 number in the first digit (plan-standards.md §0.1).
		mainPurpose: Number(code[0]) as MainPurposeId,
		level,
		parent,
		current,
		future,
		hatch: extra.hatch ?? false,
		expired: extra.expired ?? level === 'generalisert-utgått',
		certainty: extra.certainty ?? 'verified',
		note: extra.note ?? null
	});
}

const H = 'hovedformål';
const U = 'underformål';
const G = 'generalisert-utgått';

export const AREALFORMAL_2008: readonly Arealformal2008[] = Object.freeze([
	entry(
		'1000',
		'Bebyggelse og anlegg - generalisert (utgått etter 2011)',
		G,
		null,
		'#ffcc00',
		'#e6b900'
	),
	entry('1001', 'Bebyggelse og anlegg', H, null, '#ffcc00', '#e6b900'),
	entry('1110', 'Boligbebyggelse', U, '1001', '#ffff99', '#ffff33'),
	entry('1120', 'Fritidsbebyggelse', U, '1001', '#ffcc66', '#ffcc33'),
	entry('1130', 'Sentrumsformål', U, '1001', '#cc9900', '#996600'),
	entry('1140', 'Kjøpesenter', U, '1001', '#cc99cc', '#996699'),
	entry('1150', 'Forretninger', U, '1001', '#ccccff', '#9999ff'),
	entry('1160', 'Offentlig eller privat tjenesteyting', U, '1001', '#ff9999', '#ff6699'),
	entry('1170', 'Fritids- og turistformål', U, '1001', '#9999cc', '#666699'),
	entry('1200', 'Råstoffutvinning', U, '1001', '#cc9999', '#ac6567'),
	entry('1300', 'Næringsbebyggelse', U, '1001', '#cc99ff', '#9966cc', {
		certainty: 'partly-verified',
		note: 'SLD and § 11-7 say Næringsbebyggelse; sosi.arkitektum.no and NINA say Næringsvirksomhet'
	}),
	entry('1400', 'Idrettsanlegg', U, '1001', '#99cc00', '#669900'),
	entry('1500', 'Andre typer bebyggelse og anlegg', U, '1001', '#ff9933', '#cc6600'),
	entry('1600', 'Uteoppholdsareal', U, '1001', '#66cc99', '#339966'),
	entry('1700', 'Grav og urnelund', U, '1001', '#cc6699', '#993366', {
		certainty: 'partly-verified',
		note: 'The law says "grav- og urnelunder"; the SLD name is kept'
	}),
	entry('1800', 'Kombinert bebyggelse og anleggsformål', U, '1001', '#ffcc00', '#e6b800', {
		hatch: true,
		note: 'Stripe colours from the SVGs; the framtidig stripe is #e6b800, not 1001’s #e6b900'
	}),
	entry(
		'2000',
		'Samferdselsanlegg og teknisk infrastruktur - generalisert (utgått etter 2011)',
		G,
		null,
		'#cccccc',
		'#999999'
	),
	entry(
		'2001',
		'Samferdselsanlegg og teknisk infrastruktur (arealer)',
		H,
		null,
		'#cccccc',
		'#999999'
	),
	entry('2010', 'Veg', U, '2001', '#cccccc', '#999999'),
	entry('2020', 'Bane', U, '2001', '#cc9966', '#996633', {
		note: 'Newer code lists call it "Bane (nærmere angitt baneformål)"'
	}),
	entry('2030', 'Lufthavn', U, '2001', '#cccccc', '#999999'),
	entry('2040', 'Havn', U, '2001', '#99cccc', '#66b1b1'),
	entry('2044', 'Molo', U, '2040', '#33bebe', '#338c8c', {
		certainty: 'partly-verified',
		note: NEWER
	}),
	entry('2050', 'Hovednett for sykkel', U, '2001', '#ffcccc', '#ff9999'),
	entry('2060', 'Kollektivnett', U, '2001', '#cc9966', '#996633'),
	entry('2070', 'Kollektivknutepunkt', U, '2001', '#cc9966', '#996633'),
	entry('2080', 'Parkering', U, '2001', '#b9b9b9', '#808080'),
	entry('2100', 'Trase for teknisk infrastruktur', U, '2001', '#ffcc99', '#ff9966'),
	entry(
		'2800',
		'Kombinerte formål for samferdselsanlegg og/eller teknisk infrastrukturtraseer',
		U,
		'2001',
		'#cccccc',
		'#999999',
		{ hatch: true }
	),
	entry('3000', 'Grønnstruktur - generalisert (utgått etter 2011)', G, null, '#99ff99', '#66cc66'),
	entry('3001', 'Grønnstruktur', H, null, '#99ff99', '#66cc66'),
	entry('3002', 'Blågrønn struktur', U, '3001', '#66ffcc', '#00cc99', {
		certainty: 'partly-verified',
		note: NEWER
	}),
	entry('3020', 'Naturområde', U, '3001', '#99ff99', '#66cc66'),
	entry('3030', 'Turdrag', U, '3001', '#99ff99', '#66cc66'),
	entry('3040', 'Friområde', U, '3001', '#99ff99', '#66cc66'),
	entry('3050', 'Park', U, '3001', '#99ff99', '#66cc66'),
	entry('3100', 'Overvannstiltak', U, '3001', '#33ebeb', '#00cceb', {
		certainty: 'partly-verified',
		note: NEWER
	}),
	entry('3800', 'Kombinerte grønnstrukturformål', U, '3001', '#99ff99', '#66cc66'),
	entry('4000', 'Forsvaret - generalisert (utgått etter 2011)', G, null, '#cccc99', '#999966'),
	entry('4001', 'Forsvaret', H, null, '#cccc99', '#999966'),
	entry('4010', 'Ulike typer militære formål', U, '4001', '#cccc99', '#999966'),
	entry('4020', 'Skytefelt/øvingsområde', U, '4001', '#cccc99', '#999966'),
	entry('4030', 'Forlegning/leir', U, '4001', '#cccc99', '#999966'),
	entry('4800', 'Kombinerte militære formål', U, '4001', '#cccc99', '#999966', { hatch: true }),
	entry(
		'5000',
		'Landbruk-, natur- og friluftsformål samt reindrift (LNFR) - generalisert (utgått etter 2011)',
		G,
		null,
		'#ccff99',
		'#99ff66'
	),
	entry(
		'5001',
		'Landbruk-, natur- og friluftsformål samt reindrift (LNFR), (utgått etter 2011)',
		H,
		null,
		'#ccff99',
		'#99ff66',
		{
			expired: true,
			note: 'Expired hovedformål: § 11-7 nr. 5 is split into 5100 (a) and 5200 (b)'
		}
	),
	entry(
		'5100',
		'LNFR-areal for nødvendige tiltak for landbruk og reindrift og gårdstilknyttet næringsvirksomhet basert på gårdens ressursgrunnlag',
		H,
		null,
		'#ccff99',
		'#99ff66'
	),
	entry(
		'5200',
		'LNFR-areal for spredt bolig-, fritids- eller næringsbebyggelse mv.',
		H,
		null,
		'#ccffcc',
		'#33ff99'
	),
	// The SLD adds a house, cabin or factory symbol over 5210–5230; the fill is 5200's.
	entry('5210', 'Spredt boligbebyggelse', U, '5200', '#ccffcc', '#33ff99'),
	entry('5220', 'Spredt fritidsbebyggelse', U, '5200', '#ccffcc', '#33ff99'),
	entry('5230', 'Spredt næringsbebyggelse', U, '5200', '#ccffcc', '#33ff99'),
	entry(
		'6000',
		'Bruk og vern av sjø og vassdrag med tilhørende strandsone - generalisert (utgått etter 2011)',
		G,
		null,
		'#ccffff',
		'#66ffff'
	),
	entry(
		'6001',
		'Bruk og vern av sjø og vassdrag med tilhørende strandsone',
		H,
		null,
		'#ccffff',
		'#66ffff'
	),
	entry('6100', 'Ferdsel', U, '6001', '#66ccff', '#0099cc'),
	entry('6110', 'Ankringsområde', U, '6100', '#33afaf', '#009999', {
		certainty: 'unverified',
		note: PARENT_GUESSED
	}),
	entry('6120', 'Opplagsområde', U, '6100', '#33afaf', '#009999', {
		certainty: 'unverified',
		note: PARENT_GUESSED
	}),
	entry('6130', 'Riggområde', U, '6100', '#33afaf', '#009999', {
		certainty: 'unverified',
		note: PARENT_GUESSED
	}),
	entry('6200', 'Farleder', U, '6001', '#66ccff', '#0099cc'),
	entry('6220', 'Havneområde i sjø', U, '6200', '#33cccc', '#66b4b4', {
		certainty: 'unverified',
		note: PARENT_GUESSED
	}),
	entry('6230', 'Småbåthavn', U, '6200', '#33cccc', '#66b4b4', {
		certainty: 'unverified',
		note: PARENT_GUESSED
	}),
	entry('6300', 'Fiske', U, '6001', '#6699ff', '#6666ff'),
	entry('6400', 'Akvakultur', U, '6001', '#ffccff', '#cc99cc'),
	entry('6500', 'Drikkevann', U, '6001', '#99ccff', '#3399ff'),
	entry('6600', 'Naturområde', U, '6001', '#99ffff', '#00ecec'),
	entry('6700', 'Friluftsområde', U, '6001', '#99ffff', '#00ecec'),
	entry(
		'6800',
		'Kombinerte formål i sjø og vassdrag med eller uten tilhørende strandsone',
		U,
		'6001',
		'#ccffff',
		'#66ffff',
		{ hatch: true }
	)
]);
