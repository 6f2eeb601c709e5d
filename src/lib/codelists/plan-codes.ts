/*
 * Plan-level KPA code lists a merge needs besides the land-use and zone codes.
 *
 * Source: plan-standards.md §1.3 (the "Plan-5.0-Utkast" SOSI model, ◐ provenance) with the
 * corroboration cited per list, and §1.2 "Status" for arealbruksstatus (Plan-4.0
 * `codelists/gmkav_Arealbruksstatus.gml` in Arkitektum/UML-modellering-VU053, ✔, and the
 * objektkatalog: "Arealbruksstatus 3 skal ikke benyttes på planer etter pbl 2008", ✔).
 */

export interface PlanCode {
	readonly code: number;
	/** Bokmål name. */
	readonly name: string;
}

export interface PlanTypeCode extends PlanCode {
	readonly level: 'statlig' | 'regional' | 'kommuneplan' | 'reguleringsplan';
}

export interface LovreferanseCode extends PlanCode {
	/** Which arealbruk code list a kommuneplan under this law uses; null before PBL 1985. */
	readonly law: 'pbl2008' | 'pbl1985' | null;
}

export interface ArealbruksstatusCode extends PlanCode {
	/** Status 3 is valid only on PBL 1985 plans. */
	readonly pbl1985Only: boolean;
}

const freezeAll = <T extends object>(rows: T[]): readonly T[] =>
	Object.freeze(rows.map((row) => Object.freeze(row)));

/** `PLANTYPE` → `plantype`. Corroborated by three code files and Saltdal's `PLANTYPE 35` (✔). */
export const PLANTYPE: readonly PlanTypeCode[] = freezeAll<PlanTypeCode>([
	{ code: 4, name: 'Statlig arealplan', level: 'statlig' },
	{ code: 10, name: 'Fylkesplanens arealdel', level: 'regional' },
	{ code: 11, name: 'Fylkesdelplan', level: 'regional' },
	{ code: 12, name: 'Regionalplan', level: 'regional' },
	{ code: 20, name: 'Kommuneplanens arealdel', level: 'kommuneplan' },
	{ code: 21, name: 'Kommunedelplan', level: 'kommuneplan' },
	{ code: 22, name: 'Mindre endring av kommune(del)plan', level: 'kommuneplan' },
	{ code: 30, name: 'Eldre reguleringsplan', level: 'reguleringsplan' },
	{ code: 31, name: 'Mindre reguleringsendring', level: 'reguleringsplan' },
	{ code: 32, name: 'Bebyggelsesplan ihht. reguleringsplan', level: 'reguleringsplan' },
	{ code: 33, name: 'Bebyggelsesplan ihht. kommuneplanens arealdel', level: 'reguleringsplan' },
	{ code: 34, name: 'Områderegulering', level: 'reguleringsplan' },
	{ code: 35, name: 'Detaljregulering', level: 'reguleringsplan' }
]);

/** `PLANSTAT` → `planstatus` (no code 7). Plan-4.0 dictionary (4, 5) and Frogn's domain (1–3) ✔. */
export const PLANSTATUS: readonly PlanCode[] = freezeAll<PlanCode>([
	{ code: 0, name: 'Planinitiativ' },
	{ code: 1, name: 'Planlegging igangsatt' },
	{ code: 2, name: 'Planforslag' },
	{ code: 3, name: 'Endelig vedtatt arealplan' },
	{ code: 4, name: 'Opphevet' },
	{ code: 5, name: 'Utgått/erstattet' },
	{ code: 6, name: 'Vedtatt plan med utsatt rettsvirkning' },
	{ code: 8, name: 'Overstyrt' },
	{ code: 9, name: 'Avvist' },
	{ code: 10, name: 'Trukket/uaktuelt' }
]);

/** `LOVREFERANSE` → `lovreferanse`. Saltdal's `LOVREFERANSE 6` ✔; 4 and 5 mark PBL 1985 (§4.3). */
export const LOVREFERANSE: readonly LovreferanseCode[] = freezeAll<LovreferanseCode>([
	{ code: 1, name: 'Før BL 1924', law: null },
	{ code: 2, name: 'BL 1924', law: null },
	{ code: 3, name: 'BL 1965', law: null },
	{ code: 4, name: 'PBL 1985', law: 'pbl1985' },
	{ code: 5, name: 'PBL 1985 eller før', law: 'pbl1985' },
	{ code: 6, name: 'PBL 2008', law: 'pbl2008' }
]);

/** `AREALST` → `arealbruksstatus`. The 1985 styles call 1 "eksisterende" and 2 "fremtidig". */
export const AREALBRUKSSTATUS: readonly ArealbruksstatusCode[] = freezeAll<ArealbruksstatusCode>([
	{ code: 1, name: 'Nåværende', pbl1985Only: false },
	{ code: 2, name: 'Framtidig', pbl1985Only: false },
	{ code: 3, name: 'Videreutvikling av nåværende', pbl1985Only: true }
]);
