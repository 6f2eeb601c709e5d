/** All fixed UI text of the first page, in bokmål, in one place. */
export const ui = {
	appName: 'Planbord',
	tagline: 'Kart og plan for nye Asker kommune',
	mapLabel: 'Kart over Asker, Røyken, Hurum og nye Asker',
	municipalitiesHeading: 'Kommuner',
	oldMunicipalities: 'Gamle kommuner (til 31.12.2019)',
	newMunicipality: 'Nye Asker (fra 1.1.2020)',
	area: 'Areal',
	number: 'Kommunenr.',
	validFrom: 'Gyldig fra',
	comparedWith: 'Beregnet som sammenslåing av de tre gamle; avvik mot Kartverkets grense:',
	areaMethodHeading: 'Slik er arealet beregnet',
	areaMethod:
		'Arealene er plane arealer i EUREF89 UTM sone 32 (EPSG:25832), samme metode i nettleseren og i databasen. Det er slik kommunal GIS i Oslofjord-området måler; ellipsoidisk areal er om lag 0,06 % større. Grensene er generaliserte landpolygoner (uten sjø, med innsjøer), så de avviker litt fra offisielle tall.',
	sources: 'Kilder'
} as const;
