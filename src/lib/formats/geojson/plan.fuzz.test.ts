import hurum from '../../../../geodata/plans/hurum-0628-kpa.geojson?url&inline';
import { describeFuzz } from '../fuzz/describe-fuzz';
import { geoJsonTarget } from '../fuzz/targets';
import { fixtureBytes } from '../sosi/fixtures/bytes';
import { writePlanGeoJson } from './plan';
import { makePlan } from '../gml/fixtures/make-plan';

/*
 * Fuzz: parsePlanGeoJson (and parseGeoJson under it) returns a plan or throws a
 * PlanbordError with a reason, within 2 s, for random text, structure-aware GeoJSON (deep
 * nesting, wrong member types) and mutations of the Hurum sample and a written plan.
 */

describeFuzz(
	geoJsonTarget([
		{ name: 'hurum-0628-kpa.geojson', bytes: fixtureBytes(hurum) },
		{ name: 'demo.geojson', bytes: new TextEncoder().encode(writePlanGeoJson(makePlan())) }
	])
);
