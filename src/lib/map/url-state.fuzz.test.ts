import { describeFuzz } from '../formats/fuzz/describe-fuzz';
import { urlTarget } from '../formats/fuzz/url-target';

/*
 * Fuzz: parseMapUrl never throws; centre and zoom come back in range or null, layers and
 * themes are known ids, and every dropped parameter has a note. See bench/fuzz.bench.ts.
 */

describeFuzz(urlTarget(), 3);
