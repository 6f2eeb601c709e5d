import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * Colours of the old municipalities, one place for map and legend. Chosen to stay
 * distinguishable for the common colour-vision deficiencies (Okabe–Ito palette).
 */
export const OLD_MUNICIPALITY_COLOURS: Record<string, string> = {
	'0220': '#009E73',
	'0627': '#0072B2',
	'0628': '#E69F00'
};
export const NEW_MUNICIPALITY_OUTLINE = '#222222';
export const SEA_COLOUR = '#dcecf5';

/** A MapLibre `match` on `number` giving each old municipality its colour. */
export function oldMunicipalityFill(): ExpressionSpecification {
	const pairs = Object.entries(OLD_MUNICIPALITY_COLOURS).flat();
	return ['match', ['get', 'number'], ...pairs, '#999999'] as unknown as ExpressionSpecification;
}
