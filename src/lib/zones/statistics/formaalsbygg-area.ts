import { divide, type Ratio } from '../../efficiency/ratio';
import { FORMAALSBYGG } from '../../efficiency/overview';
import type { ServiceSummary } from './types';

/**
 * m² BTA of formålsbygg (KOSTRA's purpose-built service buildings; housing and technical
 * left out, as in the efficiency overview) and that per inhabitant. A zone without
 * formålsbygg has 0 m² per inhabitant; one whose formålsbygg all lack a BTA cannot say.
 * @example formaalsbyggArea(services, 1200).perInhabitant // { ok: true, value: 4.2 }
 */
export function formaalsbyggArea(
	services: readonly ServiceSummary[],
	population: number
): { bta: number; perInhabitant: Ratio } {
	const counted = services.filter((s) => FORMAALSBYGG.includes(s.category));
	const bta = counted.reduce((sum, s) => sum + s.bta, 0);
	const known = counted.some((s) => s.count > s.btaMissing) || counted.length === 0;
	return {
		bta,
		perInhabitant: divide(known ? bta : null, population, {
			numerator: 'no-area',
			denominator: 'no-population'
		})
	};
}
