import { uuidFromName } from '../../formats/gml/derive-uuid';

/**
 * The objectId (NPAD lokalId) of a sample object: a name-based UUID (version 5) of the
 * municipality, the object's role and its number, so a rerun gives the same ids and the
 * three plans never share one by accident.
 * @example sampleObjectId('0220', 'landuse', 12) // the same UUID on every run
 */
export function sampleObjectId(municipality: string, role: string, index: number): string {
	return uuidFromName(`planbord-eksempeldata/${municipality}/${role}/${index}`);
}
