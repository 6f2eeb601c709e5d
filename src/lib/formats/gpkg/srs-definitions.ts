/** A row of gpkg_spatial_ref_sys (OGC 12-128r18 §1.1.2.1.1, Table 3). */
export interface GeoPackageSrs {
	srsName: string;
	srsId: number;
	organization: string;
	organizationCoordsysId: number;
	definition: string;
	description: string;
}

/*
 * WKT 1 as `gdalsrsinfo -o wkt1` (GDAL 3.6, EPSG database 10.x) prints it, on one line.
 * Readers identify the CRS from organization/organization_coordsys_id; the WKT is there
 * for tools that do not carry an EPSG database.
 */
const WKT_4326 =
	'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]';
const WKT_25832 =
	'PROJCS["ETRS89 / UTM zone 32N",GEOGCS["ETRS89",DATUM["European_Terrestrial_Reference_System_1989",SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],AUTHORITY["EPSG","6258"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4258"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",9],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","25832"]]';

/** The three rows every GeoPackage must have (Requirements 11: 4326, -1 and 0). */
export const REQUIRED_SRS: readonly GeoPackageSrs[] = [
	{
		srsName: 'Undefined cartesian SRS',
		srsId: -1,
		organization: 'NONE',
		organizationCoordsysId: -1,
		definition: 'undefined',
		description: 'undefined cartesian coordinate reference system'
	},
	{
		srsName: 'Undefined geographic SRS',
		srsId: 0,
		organization: 'NONE',
		organizationCoordsysId: 0,
		definition: 'undefined',
		description: 'undefined geographic coordinate reference system'
	},
	{
		srsName: 'WGS 84 geodetic',
		srsId: 4326,
		organization: 'EPSG',
		organizationCoordsysId: 4326,
		definition: WKT_4326,
		description: 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid'
	}
];

/** EUREF89 / UTM zone 32N, Planbord's canonical CRS. */
export const SRS_25832: GeoPackageSrs = {
	srsName: 'ETRS89 / UTM zone 32N',
	srsId: 25832,
	organization: 'EPSG',
	organizationCoordsysId: 25832,
	definition: WKT_25832,
	description: 'EUREF89 UTM sone 32, Planbords koordinatsystem'
};
