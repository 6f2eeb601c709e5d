import type { Map as MapLibreMap } from 'maplibre-gl';
import { getContext, setContext } from 'svelte';
import { serialiseMapUrl, type MapUrlState } from './url-state';

/**
 * The state every map component reads: which layers show, at what opacity, what is
 * selected, and the view. One instance per page, shared through context; the URL is
 * derived from it (see `urlState`) so a copied link reopens the same view.
 */
export class MapState {
	map: MapLibreMap | undefined = $state.raw();
	visible: string[] = $state([]);
	opacity: Record<string, number> = $state({});
	selected: string | null = $state(null);
	centre: [number, number] | null = $state(null);
	zoom: number | null = $state(null);
	proposal: string | null = $state(null);
	/** Layer id → chosen colour theme, for layers with more than one way of colouring. */
	themes: Record<string, string> = $state({});
	/** What a click on the map does: select a feature, or add a point to a measurement. */
	tool: 'select' | 'measure' = $state('select');
	/** The points of the current measurement, WGS 84 lon/lat in click order. */
	measurePoints: [number, number][] = $state([]);

	constructor(initial: MapUrlState) {
		this.visible = [...initial.layers];
		this.selected = initial.selected;
		this.centre = initial.centre;
		this.zoom = initial.zoom;
		this.proposal = initial.proposal;
		this.themes = { ...initial.themes };
	}

	themeOf(id: string): string | null {
		return this.themes[id] ?? null;
	}

	setTheme(id: string, theme: string): void {
		this.themes[id] = theme;
	}

	isVisible(id: string): boolean {
		return this.visible.includes(id);
	}

	toggle(id: string): void {
		this.visible = this.isVisible(id)
			? this.visible.filter((v) => v !== id)
			: [...this.visible, id];
	}

	opacityOf(id: string): number {
		return this.opacity[id] ?? 1;
	}

	setOpacity(id: string, value: number): void {
		this.opacity[id] = Math.min(1, Math.max(0, value));
	}

	/** Called by the map after every move, so the link follows the view. */
	setView(centre: [number, number], zoom: number): void {
		this.centre = centre;
		this.zoom = zoom;
	}

	/** The query string of a link to this exact view (what the address bar shows). */
	get query(): string {
		return serialiseMapUrl(this.urlState).toString();
	}

	get urlState(): MapUrlState {
		return {
			centre: this.centre,
			zoom: this.zoom,
			layers: this.visible,
			selected: this.selected,
			proposal: this.proposal,
			themes: this.themes
		};
	}
}

const KEY = Symbol('planbord-map-state');

export function setMapState(state: MapState): MapState {
	return setContext(KEY, state);
}

export function getMapState(): MapState {
	const state = getContext<MapState | undefined>(KEY);
	if (!state) throw new Error('getMapState() outside a map page: call setMapState() first');
	return state;
}
