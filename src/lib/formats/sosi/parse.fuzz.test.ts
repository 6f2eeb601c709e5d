import royken from '../../../../geodata/plans/royken-0627-kpa.sos?url&inline';
import { describeFuzz } from '../fuzz/describe-fuzz';
import { sosiTarget } from '../fuzz/targets';
import { fixtureBytes } from './fixtures/bytes';

/*
 * Fuzz: parseSosi returns a plan or throws a PlanbordError with a reason, within 2 s, for
 * random bytes, structure-aware SOSI and mutations of every fixture and the Røyken sample.
 * Fixed seed, so CI is repeatable; bench/fuzz.bench.ts runs the same property far longer.
 */

const fixtures = import.meta.glob<string>('./fixtures/*.sos', {
	query: '?url&inline',
	import: 'default',
	eager: true
});

describeFuzz(
	sosiTarget([
		{ name: 'royken-0627-kpa.sos', bytes: fixtureBytes(royken) },
		...Object.entries(fixtures).map(([path, url]) => ({
			name: path.replace('./fixtures/', ''),
			bytes: fixtureBytes(url)
		}))
	])
);
