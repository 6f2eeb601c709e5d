/*
 * PBL 1985 restriction and guideline areas: KpRestriksjonOmråde (SOSI `OPLRESTR`, GML
 * `arealbruksrestriksjoner`, § 20-4 andre ledd) and KpRetningslinjeOmråde (`OPLRETNL`,
 * `arealbruksretningslinjer`).
 *
 * Source: plan-standards.md §3.2, from DiBK's `sld/kommuneplan/kprestriksjonomrade.sld` and
 * `kpretningslinjeomrade.sld` (`Arkitektum/styles.ft.dibk.no` @ 9dadcdd6, names re-read here;
 * "untatt"/"uttatt" corrected to "unntatt"). The 2008 equivalents are plan-standards' proposal,
 * marked ✘ there: a hint for the planner, never applied automatically.
 *
 * PlanCodeList has no value for these lists yet, so describeCode and harmoniseCode do not see
 * them; OPLRESTR 410 and KpInfrastrukturSone 410 would collide under 'hensynssone'.
 */

/** Where a 1985 restriction or guideline would go in a 2008 plan (✘ unverified proposal). */
export interface Pbl2008Equivalent {
	/** A 2008 object type: a hensynssone, KpBestemmelseOmråde or KpJuridiskLinje. */
	readonly objectType: string;
	/** Its code, or null where the object type has none or it must be chosen case by case. */
	readonly code: string | null;
}

export interface Restriction1985 {
	readonly objectType: 'KpRestriksjonOmråde' | 'KpRetningslinjeOmråde';
	readonly sosiAttribute: 'OPLRESTR' | 'OPLRETNL';
	readonly gmlProperty: 'arealbruksrestriksjoner' | 'arealbruksretningslinjer';
	readonly code: string;
	/** Bokmål name. */
	readonly name: string;
	/** null: no 2008 object carries it (141/142 have no legal effect; 499 case by case). */
	readonly equivalent: Pbl2008Equivalent | null;
	readonly note: string | null;
}

const restriction = (
	code: string,
	name: string,
	equivalent: Pbl2008Equivalent | null,
	note: string | null = null
): Restriction1985 =>
	Object.freeze({
		objectType: 'KpRestriksjonOmråde',
		sosiAttribute: 'OPLRESTR',
		gmlProperty: 'arealbruksrestriksjoner',
		code,
		name,
		equivalent: equivalent && Object.freeze(equivalent),
		note
	});

const guideline = (code: string, name: string, zone: string, note: string | null = null) =>
	Object.freeze<Restriction1985>({
		objectType: 'KpRetningslinjeOmråde',
		sosiAttribute: 'OPLRETNL',
		gmlProperty: 'arealbruksretningslinjer',
		code,
		name,
		equivalent: Object.freeze({ objectType: 'KpAngittHensynSone', code: zone }),
		note
	});

const PLANKRAV: Pbl2008Equivalent = { objectType: 'KpBestemmelseOmråde', code: null };

export const RESTRIKSJON_1985: readonly Restriction1985[] = Object.freeze([
	restriction('110', 'Krav om regulerings-/bebyggelsesplan', PLANKRAV, 'Plankrav, § 11-9 nr. 1'),
	restriction('111', 'Krav om reguleringsplan', PLANKRAV, 'Plankrav, § 11-9 nr. 1'),
	restriction('112', 'Krav om bebyggelsesplan', PLANKRAV, 'Plankrav, § 11-9 nr. 1'),
	restriction(
		'136',
		'Bestemmelser om forbud mot bestemt angitte bygge- og anleggstiltak langs vassdrag inntil 100m fra strandlinje',
		{ objectType: 'KpJuridiskLinje', code: '1113' },
		'1113 Forbudsgrense vassdrag, or a bestemmelseområde'
	),
	restriction(
		'141',
		'Pbl §20-5: Område som er unntatt rettsvirkninger på grunn av innsigelse (5. ledd) eller endring (7. ledd)',
		null,
		'No land use applies: flag it, never show it as valid land use'
	),
	restriction(
		'142',
		'Område som er særskilt unntatt fra rettsvirkning',
		null,
		'No land use applies: flag it, never show it as valid land use'
	),
	restriction(
		'149',
		'Pbl §20-6,3: Område som er unntatt rettsvirkninger fordi tidligere vedtatt rikspolitisk bestemmelse, reguleringsplan eller bebyggelsesplan fortsatt skal gjelde',
		{ objectType: 'KpDetaljeringSone', code: '910' }
	),
	restriction('410', 'Nedslagsfelt for drikkevann', { objectType: 'KpSikringSone', code: '110' }),
	restriction('411', 'Område for grunnvann', { objectType: 'KpSikringSone', code: '120' }),
	restriction(
		'420',
		'Flystøysone',
		{ objectType: 'KpStøySone', code: '290' },
		'Red/yellow class unknown, hence 290 Andre støysoner'
	),
	restriction('499', 'Andre restriksjoner', null, 'Case by case'),
	guideline('111', 'LNF-områder hvor landbruk er dominerende (L)', '510'),
	guideline('112', 'LNF-områder hvor friluftsliv er dominerende (F)', '530'),
	guideline('113', 'LNF-områder hvor naturvern er dominerende (N)', '560'),
	guideline(
		'121',
		'Viktige landskaps- turvegdrag/grøntstruktur der bygge- og anleggstiltak ikke bør tillates',
		'540',
		'121 and 122 differ in strictness, not subject: 550 Hensyn landskap fits either where the drag is a landscape feature'
	),
	guideline(
		'122',
		'Viktige landskaps- turvegdrag/grøntstruktur der bygge- og anleggstiltak kan tillates',
		'550',
		'121 and 122 differ in strictness, not subject: 540 Hensyn grønnstruktur fits either where the drag is green structure'
	)
]);
