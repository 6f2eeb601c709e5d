import type { ExpressionSpecification } from 'maplibre-gl';

/** One row of a legend: what a colour or line means. */
export interface LegendEntry {
	label: string;
	colour: string;
	shape: 'fill' | 'line' | 'dashed-line' | 'circle';
	/** For categorised layers: the attribute value this entry stands for. */
	value?: string;
	/** For graded layers: the lowest attribute value this entry stands for. */
	from?: number;
}

/**
 * One way of colouring a layer, e.g. buildings by category or by condition. `category`
 * matches `legend[].value` exactly; `steps` colours by the highest `legend[].from` not above
 * the value. Features without the attribute get `missing` (e.g. "kan ikke beregnes").
 */
export interface ColourTheme {
	id: string;
	label: string;
	attribute: string;
	kind: 'category' | 'steps';
	legend: LegendEntry[];
	missing: LegendEntry;
}

/**
 * A layer the user can switch on and off. The map paint and the legend are both built from
 * `legend`, so they cannot disagree. Layers whose data other parts of Planbord provide
 * (buildings, services, zones, arealdel) are listed now and start empty.
 */
export interface CatalogLayer {
	id: string;
	label: string;
	group: 'Grenser' | 'Eiendom' | 'Tjenester' | 'Lokalområder' | 'Arealplan';
	defaultVisible: boolean;
	legend: LegendEntry[];
	/** The attribute `legend[].value` is matched against. */
	categoryAttribute?: string;
	/** Alternative colourings the user can pick; the first is the default and is `legend`. */
	themes?: ColourTheme[];
}

const NOT_COMPUTABLE: LegendEntry = {
	label: 'Kan ikke beregnes',
	colour: '#9e9e9e',
	shape: 'fill'
};

/** Buildings by category (KOSTRA functions), condition, utilisation or backlog per m². */
const BUILDING_THEMES: ColourTheme[] = [
	{
		id: 'category',
		label: 'Kategori',
		attribute: 'category',
		kind: 'category',
		legend: [
			['school', 'Skole', '#0072B2'],
			['kindergarten', 'Barnehage', '#E69F00'],
			['nursing_home', 'Sykehjem/institusjon', '#CC79A7'],
			['health', 'Helse', '#D55E00'],
			['administration', 'Administrasjon', '#6A3D9A'],
			['culture', 'Kultur', '#009E73'],
			['sport', 'Idrett', '#56B4E9'],
			['housing', 'Bolig', '#B8860B'],
			['technical', 'Teknisk/annet', '#555555']
		].map(([value, label, colour]) => ({ value, label: label!, colour: colour!, shape: 'fill' })),
		missing: { label: 'Ukjent kategori', colour: '#9e9e9e', shape: 'fill' }
	},
	{
		id: 'condition',
		label: 'Tilstandsgrad (NS 3424)',
		attribute: 'condition',
		kind: 'steps',
		legend: [
			{ from: 0, label: 'TG0 Ingen symptomer', colour: '#1a9641', shape: 'fill' },
			{ from: 1, label: 'TG1 Svake symptomer', colour: '#a6d96a', shape: 'fill' },
			{ from: 2, label: 'TG2 Middels kraftige symptomer', colour: '#fdae61', shape: 'fill' },
			{ from: 3, label: 'TG3 Kraftige symptomer', colour: '#d7191c', shape: 'fill' }
		],
		missing: { label: 'Ikke vurdert', colour: '#9e9e9e', shape: 'fill' }
	},
	{
		id: 'utilisation',
		label: 'Utnyttelse (brukere/kapasitet)',
		attribute: 'utilisation',
		kind: 'steps',
		legend: [
			{ from: 0, label: 'Under 70 %', colour: '#d7191c', shape: 'fill' },
			{ from: 0.7, label: '70–90 %', colour: '#fdae61', shape: 'fill' },
			{ from: 0.9, label: '90–100 %', colour: '#1a9641', shape: 'fill' },
			{ from: 1.0001, label: 'Over kapasitet', colour: '#6A3D9A', shape: 'fill' }
		],
		missing: NOT_COMPUTABLE
	},
	{
		id: 'backlog',
		label: 'Vedlikeholdsetterslep per m²',
		attribute: 'backlog_per_m2',
		kind: 'steps',
		legend: [
			{ from: 0, label: 'Under 1 000 kr/m²', colour: '#1a9641', shape: 'fill' },
			{ from: 1000, label: '1 000–3 000 kr/m²', colour: '#a6d96a', shape: 'fill' },
			{ from: 3000, label: '3 000–5 000 kr/m²', colour: '#fdae61', shape: 'fill' },
			{ from: 5000, label: 'Over 5 000 kr/m²', colour: '#d7191c', shape: 'fill' }
		],
		missing: NOT_COMPUTABLE
	}
];

export const LAYER_CATALOG: readonly CatalogLayer[] = [
	{
		id: 'municipalities-old',
		label: 'Gamle kommuner (til 2019)',
		group: 'Grenser',
		defaultVisible: true,
		categoryAttribute: 'number',
		legend: [
			{ label: 'Asker (0220)', value: '0220', colour: '#009E73', shape: 'fill' },
			{ label: 'Røyken (0627)', value: '0627', colour: '#0072B2', shape: 'fill' },
			{ label: 'Hurum (0628)', value: '0628', colour: '#E69F00', shape: 'fill' }
		]
	},
	{
		id: 'municipalities-new',
		label: 'Nye Asker (fra 2020)',
		group: 'Grenser',
		defaultVisible: true,
		legend: [{ label: 'Kommunegrense nye Asker', colour: '#222222', shape: 'dashed-line' }]
	},
	{
		id: 'buildings',
		label: 'Kommunale bygg',
		group: 'Eiendom',
		defaultVisible: false,
		legend: BUILDING_THEMES[0]!.legend,
		categoryAttribute: BUILDING_THEMES[0]!.attribute,
		themes: BUILDING_THEMES
	},
	{
		id: 'consolidation',
		label: 'Samlokaliseringskandidater',
		group: 'Eiendom',
		defaultVisible: false,
		categoryAttribute: 'kind',
		legend: [
			{
				value: 'candidate',
				label: 'Kandidat: brukerne kan flytte',
				colour: '#D55E00',
				shape: 'circle'
			},
			{ value: 'receiver', label: 'Nærmeste bygg med plass', colour: '#0072B2', shape: 'circle' },
			{
				value: 'link',
				label: 'Til nærmeste bygg med plass',
				colour: '#333333',
				shape: 'dashed-line'
			}
		]
	},
	{
		id: 'services',
		label: 'Tjenestesteder',
		group: 'Tjenester',
		defaultVisible: false,
		categoryAttribute: 'category',
		legend: [
			{ value: 'school', label: 'Skole', colour: '#0072B2', shape: 'circle' },
			{ value: 'kindergarten', label: 'Barnehage', colour: '#B35C00', shape: 'circle' },
			{ value: 'nursing_home', label: 'Sykehjem', colour: '#A3327A', shape: 'circle' },
			{ value: 'health', label: 'Helsetjeneste', colour: '#B8410B', shape: 'circle' },
			{ value: 'culture', label: 'Bibliotek og kultur', colour: '#007A5A', shape: 'circle' },
			{ label: 'Flere tjenester (zoom inn)', colour: '#444444', shape: 'circle' }
		]
	},
	{
		id: 'zones',
		label: 'Lokalområder',
		group: 'Lokalområder',
		defaultVisible: false,
		legend: [{ label: 'Lokalområde', colour: '#56B4E9', shape: 'line' }]
	},
	{
		id: 'arealdel',
		label: 'Kommuneplanens arealdel',
		group: 'Arealplan',
		defaultVisible: false,
		// The map paints each plan by its own codes (see arealdel-legend.ts); this entry only
		// names the layer where no plan is open.
		legend: [{ label: 'Arealformål (offisielle farger)', colour: '#FFFF99', shape: 'fill' }]
	},
	{
		id: 'plan-issues',
		label: 'Konflikter og avvik',
		group: 'Arealplan',
		defaultVisible: false,
		legend: [
			{ label: 'Konflikt eller valideringsavvik', colour: '#d7191c', shape: 'fill' },
			{ label: 'Valgt konflikt', colour: '#ffdd00', shape: 'line' }
		]
	}
];

export const DEFAULT_VISIBLE_LAYERS = LAYER_CATALOG.filter((l) => l.defaultVisible).map(
	(l) => l.id
);

export function catalogLayer(id: string): CatalogLayer | undefined {
	return LAYER_CATALOG.find((l) => l.id === id);
}

/**
 * The colour of a layer as a MapLibre expression: a `match` on the category attribute for
 * categorised layers, the single legend colour otherwise.
 * @example layerColour(catalogLayer('municipalities-old')!) // ['match', ['get', 'number'], …]
 */
export function layerColour(
	layer: CatalogLayer,
	themeId?: string | null
): ExpressionSpecification | string {
	const theme = themeOf(layer, themeId);
	if (theme) return themeColour(theme);
	const [first] = layer.legend;
	if (!layer.categoryAttribute) return first?.colour ?? '#888888';
	const pairs = layer.legend.flatMap((e) => [e.value ?? '', e.colour]);
	return [
		'match',
		['get', layer.categoryAttribute],
		...pairs,
		'#888888'
	] as unknown as ExpressionSpecification;
}

/** The chosen theme of a layer with themes (the first when none or an unknown is asked for). */
export function themeOf(layer: CatalogLayer, themeId?: string | null): ColourTheme | undefined {
	return layer.themes?.find((t) => t.id === themeId) ?? layer.themes?.[0];
}

/** The legend of a layer as it is coloured now: the theme's entries and its "missing" entry. */
export function legendOf(layer: CatalogLayer, themeId?: string | null): LegendEntry[] {
	const theme = themeOf(layer, themeId);
	return theme ? [...theme.legend, theme.missing] : layer.legend;
}

function themeColour(theme: ColourTheme): ExpressionSpecification {
	const value = ['get', theme.attribute];
	const coloured =
		theme.kind === 'category'
			? [
					'match',
					value,
					...theme.legend.flatMap((e) => [e.value ?? '', e.colour]),
					theme.missing.colour
				]
			: [
					'step',
					value,
					theme.legend[0]!.colour,
					...theme.legend.slice(1).flatMap((e) => [e.from ?? 0, e.colour])
				];
	return [
		'case',
		['has', theme.attribute],
		coloured,
		theme.missing.colour
	] as unknown as ExpressionSpecification;
}
