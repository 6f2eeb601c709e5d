import type { ZoneReason } from '../zones/reasons';

/** Why a zone edit was refused or what a repair fixed, as a planner reads it. */
const ZONE_REASON_TEXT: Record<ZoneReason, string> = {
	'line-does-not-split': 'Linjen deler ikke sonen: tegn den helt over sonen, fra kant til kant',
	'same-zone': 'Velg to forskjellige soner',
	'zones-not-neighbours': 'Sonene har ingen felles grense og kan ikke slås sammen',
	'zones-touch-at-point':
		'Sonene møtes bare i et hjørne; sammenslått ville sonen bestå av to deler',
	'zero-area': 'Flaten har ikke noe areal (alle punktene ligger på en linje)',
	'self-intersection': 'Grensen krysser seg selv',
	'invalid-holes': 'Et hull ligger utenfor sonen eller overlapper et annet hull',
	'overlapping-parts': 'Delene av sonen overlapper hverandre',
	'non-finite-coordinates': 'Et punkt har ugyldige koordinater',
	'invalid-zone': 'Sonen må repareres før dette kan gjøres',
	'unclosed-ring': 'Grensen er ikke lukket'
};

export function zoneReasonText(reason: ZoneReason): string {
	return ZONE_REASON_TEXT[reason];
}
