/*
 * Planbord's harmonisation of PBL 1985 arealbruk (OPLAREAL) to PBL 2008 KPA arealformål.
 *
 * There is no official conversion table (plan-standards.md §3.3); adopted plans keep their
 * original coding in law, so this is an analysis layer and the merge stores both codes.
 * Written here from the code names (§3.1) and the law: PBL 2008 § 11-7 is "på mange punkter
 * en videreføring av § 20-4 første ledd i PBL 85" (lovkommentar § 11-7). NINA's unofficial
 * lookup was read only to see where it is debatable (§3.1 review); its groups are not used.
 * References to reguleringsplan underformål (1540, 2015, 2072, …) are from DiBK's
 * `sld/reguleringsplan/rparealformalomrade.sld` (Arkitektum/styles.ft.dibk.no @ 9dadcdd6).
 *
 * Rules followed:
 * - Every code gets a land-use target, so the mosaic stays complete (R1).
 * - A code that names no specific use goes to the hovedformål (1001, 3001, 6001), not to a
 *   guessed underformål.
 * - The båndlegging codes 400–499 are a hensynssone (§ 11-8 d) under PBL 2008, not land use.
 *   They keep a land-use target (LNFR 5100, which gives no new building rights; 460 goes to
 *   Forsvaret) and `zone` names the båndleggingssone to consider.
 * - `judgement` (bokmål, for the planner's report) is set wherever the target is a choice.
 */

export interface ArealbrukMapping {
	/** PBL 1985 OPLAREAL code. */
	readonly from: string;
	/** PBL 2008 KPA arealformål code. */
	readonly to: string;
	/** Why this target, and what to check; null where the correspondence is direct. */
	readonly judgement: string | null;
	/** A hensynssone code the planner should consider adding over the area (H<zone>_n). */
	readonly zone: string | null;
}

const map = (
	from: string,
	to: string,
	judgement: string | null = null,
	zone: string | null = null
) => Object.freeze<ArealbrukMapping>({ from, to, judgement, zone });

const LNFR_PLACEHOLDER =
	'Planbord bruker LNFR (5100) som underliggende formål for å holde arealformålene heldekkende, fordi koden ikke sier hva arealet skal brukes til.';

export const AREALBRUK_1985_TO_2008: readonly ArealbrukMapping[] = Object.freeze([
	// § 20-4 første ledd nr. 1 Byggeområder → § 11-7 nr. 1 Bebyggelse og anlegg
	map('100', '1001'),
	map(
		'101',
		'1001',
		'Bybebyggelse er ikke et eget formål etter pbl 2008. Ført til hovedformålet bebyggelse og anlegg (1001) fordi koden ikke sier hvilke underformål som gjelder. Velg 1130 sentrumsformål, 1110 boligbebyggelse eller 1800 kombinert formål ut fra planbestemmelsene.'
	),
	map(
		'102',
		'1001',
		'Tettbebyggelse er ikke et eget formål etter pbl 2008. Ført til hovedformålet bebyggelse og anlegg (1001). Er området i hovedsak boliger, er 1110 boligbebyggelse mer presist; sjekk planbestemmelsene.'
	),
	map('110', '1110'),
	map('120', '1130'),
	map(
		'130',
		'1300',
		'Erverv omfattet etter pbl 1985 også forretning (131). Næringsbebyggelse (1300) etter pbl 2008 omfatter ikke forretning, som er eget underformål (1150). Sjekk om bestemmelsene tillater handel; i så fall bør 1800 kombinert formål vurderes.'
	),
	map('131', '1150'),
	map('132', '1300'),
	map('133', '1300'),
	map('134', '1300'),
	map('140', '1120'),
	map(
		'150',
		'1160',
		'Offentlig eller privat tjenesteyting (1160) skiller ikke på eierskap slik «offentlige bygninger» gjorde. Skal området forbeholdes offentlig virksomhet, må det sikres med eierform eller bestemmelse.'
	),
	map(
		'155',
		'1160',
		'Bygninger med særskilt angitt allmennyttig formål (for eksempel kirke eller forsamlingshus) er ført til tjenesteyting (1160). Det særskilt angitte formålet går tapt i koden og bør tas inn i beskrivelse eller bestemmelse.'
	),
	map(
		'160',
		'1500',
		'Kommunaltekniske anlegg (vann, avløp, renovasjon) hører etter pbl 2008 til andre typer bebyggelse og anlegg (1500), ikke til tjenesteyting. I reguleringsplaner er vann- og avløpsanlegg (1540) og renovasjonsanlegg (1550) underformål av 1500.'
	),
	map('161', '1700'),
	map(
		'162',
		'1500',
		'Avfallsbehandling er ført til andre typer bebyggelse og anlegg (1500); i reguleringsplaner er renovasjonsanlegg (1550) underformål av 1500.'
	),
	map(
		'163',
		'1500',
		'Kommunalteknisk virksomhet er ført til andre typer bebyggelse og anlegg (1500), der øvrige kommunaltekniske anlegg (1560) hører hjemme i reguleringsplaner. Gjelder det kontor- eller driftsbygg uten anlegg, kan 1160 tjenesteyting passe bedre.'
	),
	map(
		'170',
		'3040',
		'Friområde var et underformål av byggeområder etter pbl 1985, men er grønnstruktur (§ 11-7 nr. 3) etter pbl 2008. Innholdet er det samme, men hovedformålet endres: i arealregnskapet flyttes arealet fra bebyggelse og anlegg til grønnstruktur.'
	),
	map(
		'171',
		'1400',
		'Idrettsanlegg var et underformål av friområde (170) etter pbl 1985. Etter pbl 2008 er idrettsanlegg et underformål av bebyggelse og anlegg (1400), mens friområde er grønnstruktur, så de to havner under ulike hovedformål. Er området i praksis uorganisert friluftsareal, er 3040 friområde riktigere.'
	),
	map(
		'172',
		'3001',
		'Park/turveg dekker både park (3050) og turdrag (3030). Ført til hovedformålet grønnstruktur (3001); velg 3050 eller 3030 der bruken er entydig. Som for friområde (170) endres hovedformålet fra bebyggelse og anlegg til grønnstruktur.'
	),
	map(
		'173',
		'3030',
		'Skiløype er ført til turdrag (3030), det nærmeste grønnstrukturformålet for en sammenhengende trasé, og hovedformålet endres til grønnstruktur. Smale løyper kan heller vises som linje (Turveg/turdrag) over et underliggende formål, ofte LNFR.'
	),
	map(
		'190',
		'1500',
		'Hva «annet byggeområde» omfatter, står i planbestemmelsene. Ført til andre typer bebyggelse og anlegg (1500) som nærmeste restkategori; velg et mer presist underformål dersom bestemmelsene angir bruken.'
	),
	// nr. 2 LNF → § 11-7 nr. 5 LNFR (5001 is expired: choose 5100 or 5200)
	map(
		'200',
		'5100',
		'LNF-område uten nærmere angivelse er ført til 5100 (LNFR for nødvendige tiltak for landbruk), fordi hovedformålet 5001 er utgått. Tillater planen spredt bebyggelse, skal 5200 brukes.'
	),
	map('210', '5100'),
	map('220', '5200'),
	map('221', '5210'),
	map('222', '5230'),
	map('223', '5220'),
	// nr. 3 Råstoffutvinning → 1200, an underformål of § 11-7 nr. 1
	map('300', '1200'),
	map('310', '1200'),
	map('320', '1200'),
	map(
		'330',
		'1200',
		'Myrareal står under råstoffutvinning (pbl 1985 § 20-4 første ledd nr. 3) og gjaldt uttak av torv. Ført til råstoffutvinning (1200) for å beholde det vedtatte innholdet. Er uttaket avsluttet eller aldri startet, er LNFR (5100) riktigere.'
	),
	// nr. 4 Båndlagte områder → a hensynssone (§ 11-8 d) over an underlying formål
	map(
		'400',
		'5100',
		`Båndlagte områder er etter pbl 2008 en hensynssone (§ 11-8 bokstav d), ikke et arealformål. ${LNFR_PLACEHOLDER} Vurder en båndleggingssone (H7xx etter loven båndleggingen gjelder), og sjekk om et annet underliggende formål er riktigere.`
	),
	map(
		'410',
		'5100',
		`Båndlegging etter naturvernloven (nå naturmangfoldloven) er etter pbl 2008 en hensynssone, ikke et arealformål. ${LNFR_PLACEHOLDER} Vurder også en båndleggingssone H720 (båndlegging etter lov om naturvern).`,
		'720'
	),
	map(
		'420',
		'5100',
		`Båndlegging etter kulturminneloven er etter pbl 2008 en hensynssone, ikke et arealformål. ${LNFR_PLACEHOLDER} Ligger kulturminnet i bebyggelse, velg formålet som passer omgivelsene. Vurder også en båndleggingssone H730 (båndlegging etter lov om kulturminner).`,
		'730'
	),
	map('460', '4001'),
	map(
		'470',
		'5100',
		`«Områder som skal reguleres» sier ikke hva arealet skal brukes til. Etter pbl 2008 uttrykkes dette med en båndleggingssone i påvente av regulering (H710) eller et krav om reguleringsplan (bestemmelse etter § 11-9 nr. 1). ${LNFR_PLACEHOLDER} Angir bestemmelsene et utbyggingsformål, bruk det i stedet.`,
		'710'
	),
	map(
		'490',
		'5100',
		`Områder båndlagt etter annet lovverk er etter pbl 2008 en hensynssone, ikke et arealformål. ${LNFR_PLACEHOLDER} Vurder en båndleggingssone H740 (båndlegging etter andre lover), og sjekk hvilken lov som gjelder.`,
		'740'
	),
	map(
		'499',
		'5100',
		`Båndlegging etter flere lovverk er etter pbl 2008 en eller flere hensynssoner, ikke et arealformål. ${LNFR_PLACEHOLDER} Vurder én båndleggingssone per lov (H720, H730, H740 m.fl.); hensynssoner kan overlappe hverandre.`
	),
	// nr. 5 Sjø og vassdrag → § 11-7 nr. 6
	map('500', '6001'),
	map(
		'510',
		'6500',
		'Vann med restriksjon er tolket som drikkevann (6500). «e.l.» kan dekke andre restriksjoner, så sjekk bestemmelsene. Vurder også sikringssone H110 (nedslagsfelt drikkevann) for nedbørfeltet.',
		'110'
	),
	map('520', '6700'),
	map('521', '6230'),
	map(
		'522',
		'6700',
		'Pbl 2008 har ikke eget idrettsformål i sjø og vassdrag. Ført til friluftsområde (6700), det nærmeste; vurder 6800 kombinert formål med bestemmelser om idrett.'
	),
	map(
		'530',
		'6001',
		'Allmenn flerbruk svarer til hovedformålet bruk og vern av sjø og vassdrag (6001) uten nærmere angitt underformål. Kombinert formål (6800) krever at kombinasjonen angis.'
	),
	map('531', '6100'),
	map('532', '6300'),
	map('533', '6400'),
	map(
		'540',
		'6800',
		'LNF-område i sjø og vassdrag svarer til natur- og friluftsområder i kombinasjon (§ 11-7 nr. 6). Ført til kombinert formål (6800); angi kombinasjonen av naturområde (6600) og friluftsområde (6700) i bestemmelse, eller velg det ene der det er entydig.'
	),
	map('541', '6700'),
	map('542', '6600'),
	map(
		'590',
		'6001',
		'Annen særskilt bruk eller vern sier ikke hvilken bruk som gjelder. Ført til hovedformålet 6001; velg underformål ut fra planbestemmelsene.'
	),
	// nr. 6 Viktige ledd i kommunikasjonssystemet → § 11-7 nr. 2
	map('600', '2001'),
	map('610', '2010'),
	map('620', '2080'),
	map(
		'630',
		'2010',
		'Pbl 2008 har ikke eget kommuneplanformål for fotgjengerstrøk. Ført til veg (2010), der gangareal og gågate (2016) er underformål i reguleringsplaner. Er området et byrom med blandet bruk, kan 1130 sentrumsformål passe bedre.'
	),
	map(
		'631',
		'2010',
		'Bilfritt trafikkareal er ført til veg (2010), der gangveg, gangareal og torg er underformål i reguleringsplaner.'
	),
	map(
		'632',
		'2010',
		'Gang- og sykkelareal er ført til veg (2010), der gang-/sykkelveg (2015) er underformål i reguleringsplaner. Hovednett for sykkel (2050) er bare riktig dersom arealet inngår i kommunens hovednett.'
	),
	map(
		'640',
		'2070',
		'Terminal er tolket som kollektivterminal og ført til kollektivknutepunkt (2070). Er det en godsterminal, hører den til andre typer bebyggelse og anlegg (1500) eller havn (2040).'
	),
	map(
		'641',
		'2070',
		'Terminalbygg er tolket som kollektivterminal og ført til kollektivknutepunkt (2070). Er det en godsterminal, hører den til andre typer bebyggelse og anlegg (1500) eller havn (2040).'
	),
	map('650', '2020'),
	map('660', '2020'),
	map('670', '2030'),
	map('680', '2040')
]);
