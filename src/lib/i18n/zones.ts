import type { ZoneImportNote } from '../formats/zones/types';
import type { ZoneReason } from '../zones/reasons';
import { formatArea } from './format';

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

/** Bokmål text for the zone editor and the proposal pages: one place for every label. */
export const ZONE_TEXT = {
	title: 'Lokalområder',
	proposals: 'Forslag til soneinndeling',
	editorLabel: 'Kart for redigering av lokalområder',
	tools: 'Verktøy',
	select: 'Velg og flytt punkter',
	draw: 'Tegn sone',
	split: 'Del sone med linje',
	mergeWith: 'Slå sammen med',
	merge: 'Slå sammen',
	remove: 'Slett sone',
	undo: 'Angre',
	redo: 'Gjør om',
	fix: 'Reparer topologi',
	save: 'Lagre',
	saving: 'Lagrer …',
	saveNote: 'Merknad til versjonen',
	zones: 'Soner',
	noZones:
		'Ingen soner ennå. Velg «Tegn sone» og klikk i kartet; klikk på første punkt for å lukke.',
	name: 'Navn',
	problems: 'Topologi',
	noProblems: 'Sonene dekker kommunen uten overlapp og hull.',
	show: 'Vis',
	unsaved: 'Ulagrede endringer',
	allSaved: 'Alt er lagret',
	version: 'Versjon',
	versions: 'Versjoner',
	restore: 'Gjenopprett',
	status: 'Status',
	drawHelp:
		'Klikk punktene i kartet; punktet fester seg til nærmeste hjørne eller grense. Klikk på første punkt for å lukke. Esc avbryter.',
	splitHelp:
		'Tegn en linje tvers over den valgte sonen, fra utsiden til utsiden. Klikk på siste punkt en gang til for å avslutte.',
	keyboardHelp:
		'Tastatur: Ctrl+Z angre, Ctrl+Y gjør om, piltaster flytter valgt punkt 1 m (med Shift 10 m), Delete sletter valgt sone.',
	fixChanged: 'Reparasjonen endret:',
	draftOnly: 'Forslaget har topologiavvik og kan bare lagres som utkast.',
	conflictTitle: 'Noen andre har lagret forslaget',
	conflictBody: (version: number, savedAt: string) =>
		`Versjon ${version} ble lagret ${savedAt}, etter at du begynte å redigere. Endringene dine er ikke lagret på serveren, men de er tatt vare på i nettleseren.`,
	saveAsNew: 'Lagre mine endringer som nytt forslag',
	saveOver: 'Lagre mine endringer som ny versjon likevel',
	discard: 'Forkast mine endringer og hent nyeste versjon',
	localDraft: (savedAt: string, version: number, current: number) =>
		`Du har ulagrede endringer fra ${savedAt} (basert på versjon ${version}).` +
		(version === current
			? ''
			: ` Forslaget er nå på versjon ${current}: lagrer du dem, får du velge mellom nytt forslag og ny versjon.`),
	recover: 'Hent dem tilbake',
	dismiss: 'Forkast',
	saved: (version: number) => `Lagret som versjon ${version}.`,
	undone: 'Angret.',
	redone: 'Gjort om.',
	repaired: (area: string) => `Sonen krysset seg selv og er reparert (arealet endret med ${area}).`
} as const;

/** What a topology problem is, as a planner reads it. */
export const PROBLEM_KIND_TEXT = {
	overlap: 'Overlapp',
	gap: 'Hull',
	outside: 'Utenfor kommunen',
	invalid: 'Ugyldig sone'
} as const;

/** What the fix did with one piece. */
export const FIX_KIND_TEXT = {
	repaired: 'reparert sone',
	clipped: 'klippet mot kommunegrensen',
	'overlap-resolved': 'overlapp gitt til én sone',
	'sliver-assigned': 'smal glipe gitt til nabosonen',
	'gap-kept': 'hull beholdt (for stort til å fordele automatisk)',
	'zone-removed': 'sone fjernet (ingenting igjen innenfor kommunen)'
} as const;

/** utkast / forslag / vedtatt. */
export const PROPOSAL_STATUS_TEXT = {
	draft: 'Utkast',
	proposed: 'Forslag',
	adopted: 'Vedtatt'
} as const;

/** What an import changed, one sentence per note. */
export function describeImportNote(note: ZoneImportNote): string {
	switch (note.kind) {
		case 'reprojected':
			return `Koordinatene er transformert fra EPSG:${note.fromSrid} til EPSG:25832.`;
		case 'repaired':
			return `«${note.zoneName}»: ${zoneReasonText(note.reason)}; reparert (areal ${formatArea(note.areaBefore)} → ${formatArea(note.areaAfter)}).`;
		case 'dimensions-dropped':
			return 'Høyder (Z) og målinger (M) er fjernet: sonene er flate.';
		case 'ids-generated':
			return 'Filens ID-er manglet eller var ikke unike; sonene har fått nye ID-er.';
		case 'names-generated':
			return `${note.count} soner uten navn har fått navnet «Sone N».`;
	}
}
