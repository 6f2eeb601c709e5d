import asker from '../../../geodata/plans/asker-0220-kpa.gml?url&inline';
import hurum from '../../../geodata/plans/hurum-0628-kpa.geojson?url&inline';
import kpa from './sosi/fixtures/kpa-example.sos?url&inline';
import kpaGml from './gml/fixtures/kpa-demo.gml?url&inline';
import { describeFuzz } from './fuzz/describe-fuzz';
import { readPlanFileTarget } from './fuzz/targets';
import { fixtureBytes } from './sosi/fixtures/bytes';

/*
 * Fuzz: readPlanFile (format detection, then the reader) returns a plan or throws a
 * PlanbordError with a reason, within 2 s, whatever the bytes and whatever the file name
 * says. Fewer runs than the per-reader fuzz tests, which cover each reader in depth.
 */

describeFuzz(
	readPlanFileTarget([
		{ name: 'asker-0220-kpa.gml', bytes: fixtureBytes(asker) },
		{ name: 'hurum-0628-kpa.geojson', bytes: fixtureBytes(hurum) },
		{ name: 'kpa-example.sos', bytes: fixtureBytes(kpa) },
		{ name: 'kpa-demo.gml', bytes: fixtureBytes(kpaGml) }
	]),
	0.5
);
