/** Decimal numbers without a leading zero, short enough to survive a double unchanged. */
const NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;

/**
 * Reads an XML text value as a number when it is plainly one, keeping everything else as
 * text: a leading zero marks an identifier (kommunenummer "0220"), not a quantity.
 * @example coerceValue('0220') // '0220'
 * @example coerceValue('43.5') // 43.5
 */
export function coerceValue(text: string): string | number {
	return NUMBER.test(text) && text !== '-0' ? Number(text) : text;
}
