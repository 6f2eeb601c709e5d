import asker from '../../../../geodata/plans/asker-0220-kpa.gml?url&inline';
import { describeFuzz } from '../fuzz/describe-fuzz';
import { gmlTarget } from '../fuzz/targets';
import { fixtureBytes } from '../sosi/fixtures/bytes';

/*
 * Fuzz: parseNpadGml returns a plan or throws a PlanbordError with a reason, within 2 s, for
 * random bytes, structure-aware GML (deep nesting, entity bombs), and mutations of every
 * fixture (the broken ones too) and the Asker sample. Fixed seed; see bench/fuzz.bench.ts.
 */

const fixtures = import.meta.glob<string>(['./fixtures/*.gml', './fixtures/broken/*.gml'], {
	query: '?url&inline',
	import: 'default',
	eager: true
});

describeFuzz(
	gmlTarget([
		{ name: 'asker-0220-kpa.gml', bytes: fixtureBytes(asker) },
		...Object.entries(fixtures).map(([path, url]) => ({
			name: path.replace('./fixtures/', ''),
			bytes: fixtureBytes(url)
		}))
	])
);
