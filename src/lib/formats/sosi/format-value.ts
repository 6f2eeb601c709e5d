/** What attribute-value.ts would read back as a number; such strings must be quoted. */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * An attribute value as SOSI text that reads back to the same value: numbers bare,
 * strings bare when they are one harmless word, else in quotes (plan-standards §4.1).
 * Quoted text always reads back as text, so the string "2016003" survives as a string.
 * @example formatValue('E6 Hestbrinken') // '"E6 Hestbrinken"'
 * @example formatValue('0220') // '0220'
 */
export function formatValue(value: string | number): string {
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '""';
	const text = value.replace(/[\r\n]+/g, ' ');
	const bare =
		text !== '' && !/[\s!"']/.test(text) && !/^[.:(]/.test(text) && !PLAIN_NUMBER.test(text);
	if (bare) return text;
	return text.includes('"') ? `'${text.replace(/'/g, '"')}'` : `"${text}"`;
}
