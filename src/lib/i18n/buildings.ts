import type {
	BuildingAttributes,
	BuildingCategory,
	BuildingPart,
	CapacityUnit,
	Tenure,
	ValuationMethod
} from '../buildings/types';

/** Bokmål for the building register: categories, units and field names, in one place. */
export const CATEGORY_LABEL: Record<BuildingCategory, string> = {
	school: 'Skole',
	kindergarten: 'Barnehage',
	nursing_home: 'Sykehjem/institusjon',
	health: 'Helse',
	administration: 'Administrasjon',
	culture: 'Kultur',
	sport: 'Idrett',
	housing: 'Bolig',
	technical: 'Teknisk/annet'
};

/** Plural unit names as they follow a number: "200 elever". */
export const UNIT_LABEL: Record<CapacityUnit, string> = {
	pupils: 'elever',
	children: 'barn',
	places: 'plasser',
	workplaces: 'arbeidsplasser'
};

/** Singular, for "m² per elev". */
export const UNIT_SINGULAR: Record<CapacityUnit, string> = {
	pupils: 'elev',
	children: 'barn',
	places: 'plass',
	workplaces: 'arbeidsplass'
};

export const TENURE_LABEL: Record<Tenure, string> = { owned: 'Eid', leased: 'Leid' };

export const VALUATION_LABEL: Record<ValuationMethod, string> = {
	replacement_cost: 'gjenanskaffelseskost',
	market: 'markedsverdi',
	book: 'bokført verdi'
};

/** NS 3451 building parts at the first level. */
export const PART_LABEL: Record<BuildingPart, string> = {
	'2': 'Bygning',
	'3': 'VVS',
	'4': 'Elkraft',
	'5': 'Tele og automatisering',
	'6': 'Andre installasjoner',
	'7': 'Utendørs'
};

export const MUNICIPALITY_NAME: Record<BuildingAttributes['municipality'], string> = {
	'0220': 'Asker',
	'0627': 'Røyken',
	'0628': 'Hurum'
};

export const FIELD_LABEL: Record<keyof BuildingAttributes, string> = {
	buildingNumber: 'Bygningsnr.',
	name: 'Navn',
	address: 'Adresse',
	gnr: 'Gnr.',
	bnr: 'Bnr.',
	municipality: 'Gammel kommune',
	category: 'Kategori',
	bta: 'BTA (m²)',
	bra: 'BRA (m²)',
	yearBuilt: 'Byggeår',
	tenure: 'Eie/leie',
	annualRent: 'Husleie per år',
	condition: 'Tilstandsgrad',
	conditionByPart: 'Tilstand per bygningsdel',
	maintenanceBacklog: 'Vedlikeholdsetterslep',
	value: 'Verdi',
	valueMethod: 'Verdimetode',
	valueDate: 'Verdsatt dato',
	annualFdvuCost: 'FDVU-kostnad per år',
	capacity: 'Kapasitet',
	capacityUnit: 'Kapasitetsenhet',
	users: 'Brukere nå',
	source: 'Kilde',
	sample: 'Eksempeldata'
};

export const buildingUi = {
	sampleNotice:
		'Eksempeldata: navn og plassering er ekte der åpne data har dem; areal, tilstand, kostnader og kapasitet er generert.',
	notComputable: 'kan ikke beregnes',
	areaPerUnit: 'm² BTA per',
	areaPerUser: 'm² BTA per bruker',
	utilisation: 'Utnyttelse',
	benchmark: 'Normtall',
	deviation: 'Avvik',
	notAssessed: 'ikke vurdert',
	noBenchmark: 'ingen normtall'
} as const;
