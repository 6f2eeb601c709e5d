import type { ValueToken } from './tokenise-line';

/**
 * A plain number: optional minus, no leading zero (so kommunenummer `0220` and dates
 * stay as written), optional decimals. `0` and `0.5` are numbers; `01` and `1e3` are not.
 */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * The value of an attribute's tokens. A single unquoted token that is a plain number
 * becomes a number; quoted text is always a string (quotes are how SOSI marks text);
 * several tokens (`..KVALITET 82 0`) are joined with one space. No tokens → null,
 * as for a group heading like `..NASJONALAREALPLANID`.
 * @example attributeValue([{ kind: 'value', text: '0220', quoted: false }]) // '0220'
 */
export function attributeValue(tokens: readonly ValueToken[]): string | number | null {
	if (tokens.length === 0) return null;
	const [only] = tokens;
	if (tokens.length === 1 && only && !only.quoted && PLAIN_NUMBER.test(only.text)) {
		return Number(only.text);
	}
	return tokens.map((token) => token.text).join(' ');
}
