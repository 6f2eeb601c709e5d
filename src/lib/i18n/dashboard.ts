import type { CapacityUnit } from '../buildings/types';
import type { RatioReason } from '../efficiency/ratio';
import { buildingUi, UNIT_SINGULAR } from './buildings';
import { RATIO_REASON_TEXT } from './efficiency';

/** Bokmål for the property dashboard (/eiendom/oversikt). */
export const dashboardUi = {
	title: 'Eiendom – oversikt',
	intro:
		'Nøkkeltall for kommunale bygg i de tre kommunene som ble slått sammen i 2020, og for nye Asker samlet. Areal per bruker og per innbygger er sum av areal delt på sum av brukere eller innbyggere, aldri snitt av snitt.',
	showTable: 'Vis som tabell',
	chartAlt: (title: string) => `Stolpediagram: ${title}. Tallene står i tabellen under.`,
	area: 'Område',
	category: 'Kategori',
	total: 'Alle kategorier',
	totalRow: 'Sum',
	benchmark: 'Normtall',
	deviation: 'Avvik fra normtall',
	noBuildings: 'ingen bygg',
	benchmarkMarker: (value: string) => `Normtall ${value}`,
	benchmarkLegend: 'Normtall (stiplet linje)',
	coverage: (included: number, count: number) => `${included} av ${count} bygg har tallene`,
	missingFor: (excluded: number, count: number) => `mangler for ${excluded} av ${count} bygg`,

	efficiencyTitle: 'Areal per bruker per kategori og kommune (m² BTA per bruker)',
	efficiencyDescription:
		'Brukere er elever, barn, beboere eller ansatte, etter kategoriens kapasitetsenhet. Stiplet linje er normtallet.',
	efficiencyAxis: 'm² BTA per bruker',
	perUnit: (unit: CapacityUnit | null) =>
		unit ? `m² per ${UNIT_SINGULAR[unit]}` : 'm² per bruker, ulike enheter',

	conditionTitle: 'Tilstandsgrad (NS 3424) per kommune, andel av areal og av antall bygg',
	conditionDescription:
		'Hver kommune har to stolper: andel av bruttoarealet (BTA) og andel av byggene i hver tilstandsgrad. Fargene er de samme som i kartet.',
	conditionAxis: 'andel, %',
	byBta: 'Areal',
	byCount: 'Bygg',
	shareOf: (measure: string, grade: string, share: string) => `${measure}, ${grade}: ${share}`,
	gradedWithoutBta: (count: number) =>
		`${count} vurderte bygg mangler BTA og er bare med i andelen av antall bygg.`,
	buildings: (count: string) => `${count} bygg`,
	grade: 'Tilstandsgrad',

	backlogTitle: 'Vedlikeholdsetterslep per kategori og kommune',
	backlogDescription:
		'Kroner for å løfte bygningsdeler med TG2 og TG3 til TG1. Stolpene er delt på de tre tidligere kommunene; tallet etter stolpen er nye Asker samlet. Bygg uten registrert etterslep er ikke med i summen.',
	backlogAxis: 'mill. kr',

	perInhabitantTitle: 'Areal per innbygger, formålsbygg (m² BTA per innbygger)',
	perInhabitantDescription:
		'Formålsbygg som i KOSTRA: alle kategorier unntatt boliger og tekniske bygg. Innbyggere per 1.1.2019 for de tidligere kommunene og 1.1.2020 for nye Asker.',
	perInhabitantAxis: 'm² BTA per innbygger',
	btaFormaalsbygg: 'BTA formålsbygg',
	population: 'Innbyggere',
	perInhabitant: 'm² per innbygger'
} as const;

/** "kan ikke beregnes (mangler antall brukere)": a figure that has no value, and why. */
export function notComputableText(reason: RatioReason): string {
	return `${buildingUi.notComputable} (${RATIO_REASON_TEXT[reason]})`;
}
