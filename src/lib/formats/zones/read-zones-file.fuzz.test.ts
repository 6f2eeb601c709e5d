import { describeFuzz } from '../fuzz/describe-fuzz';
import { zonesTarget } from '../fuzz/targets';
import { createZones } from './fixtures/make-zones';
import { writeZonesGeoJson } from './write-zones-geojson';
import { writeZonesGeoPackage } from './write-zones-geopackage';

/*
 * Fuzz: readZonesFile returns zones or throws a PlanbordError with a reason, within 2 s, for
 * random bytes, structure-aware GeoJSON, and mutations of a written GeoJSON and GeoPackage
 * (so sql.js reads damaged SQLite). See bench/fuzz.bench.ts.
 */

describeFuzz(
	zonesTarget([
		{
			name: 'soner.geojson',
			bytes: new TextEncoder().encode(writeZonesGeoJson(createZones(), { crs: 25832 }))
		},
		{ name: 'soner.gpkg', bytes: await writeZonesGeoPackage(createZones()) }
	]),
	0.5
);
