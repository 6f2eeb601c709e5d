import type { ExpressionSpecification } from 'maplibre-gl';

/** One row of a legend: what a colour or line means. */
export interface LegendEntry {
	label: string;
	colour: string;
	shape: 'fill' | 'line' | 'dashed-line' | 'circle';
	/** For categorised layers: the attribute value this entry stands for. */
	value?: string;
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
}

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
		legend: [{ label: 'Formålsbygg', colour: '#8B3A62', shape: 'fill' }]
	},
	{
		id: 'services',
		label: 'Tjenestesteder',
		group: 'Tjenester',
		defaultVisible: false,
		legend: [{ label: 'Skole, barnehage, bibliotek', colour: '#CC79A7', shape: 'circle' }]
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
		legend: [{ label: 'Arealformål', colour: '#F0E442', shape: 'fill' }]
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
export function layerColour(layer: CatalogLayer): ExpressionSpecification | string {
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
