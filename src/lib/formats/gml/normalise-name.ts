/**
 * A property name reduced to lower-case ASCII letters and digits, so that `arealformål`,
 * `AREALFORMAL`, `arealformal` and `areal_formål` compare equal. `ø` and `æ` do not
 * decompose in Unicode NFD, so they are mapped by hand.
 * @example normaliseName('KPAREALFORMÅL') // 'kparealformal'
 */
export function normaliseName(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/ø/g, 'o')
		.replace(/æ/g, 'ae')
		.replace(/[^a-z0-9]/g, '');
}
