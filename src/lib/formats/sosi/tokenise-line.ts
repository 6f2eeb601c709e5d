import { ParseError, ReasonMalformedSosi, type ErrorLocation } from '../../errors';

/** An element name: `..OBJTYPE` is `{ level: 2, name: 'OBJTYPE' }`, `.KURVE` level 1. */
export interface NameToken {
	kind: 'name';
	level: number;
	name: string;
}

/** Anything else on a line: a value, a coordinate, a `:12` reference, a serial `1:`. */
export interface ValueToken {
	kind: 'value';
	text: string;
	/** Written in quotes: text, never a number (README, "values"). */
	quoted: boolean;
}

export type SosiToken = NameToken | ValueToken;

/** Dots followed by a letter start an element (§4.1); `.5` or `-.5` stay values. */
const NAME = /^(\.+)([A-Za-zÆØÅæøå].*)$/;

/**
 * Splits one SOSI line into tokens. `!` starts a comment except inside quotes (§4.1);
 * `"…"` and `'…'` are strings. Several elements may share a line, as coordinates and
 * their `...KP 1` node flag do: `198204621 9583624 ...KP 1`.
 * @example tokeniseLine('..PLANNAVN "E6 Hestbrinken" ! comment')
 */
export function tokeniseLine(text: string, where: ErrorLocation = {}): SosiToken[] {
	const tokens: SosiToken[] = [];
	const length = text.length;
	let i = 0;
	// Character codes, not regular expressions: this loop sees every byte of the file.
	while (i < length) {
		const code = text.charCodeAt(i);
		if (code === SPACE || code === TAB) {
			i++;
		} else if (code === BANG) {
			break;
		} else if (code === DOUBLE || code === SINGLE) {
			const close = text.indexOf(text[i] as string, i + 1);
			if (close < 0) {
				throw new ParseError(ReasonMalformedSosi, `unterminated ${text[i]} string`, where);
			}
			tokens.push({ kind: 'value', text: text.slice(i + 1, close), quoted: true });
			i = close + 1;
		} else {
			let end = i + 1;
			while (end < length && !isBreak(text.charCodeAt(end))) end++;
			tokens.push(wordToken(text.slice(i, end)));
			i = end;
		}
	}
	return tokens;
}

const SPACE = 0x20;
const TAB = 0x09;
const BANG = 0x21;
const DOUBLE = 0x22;
const SINGLE = 0x27;
const DOT = 0x2e;

function isBreak(code: number): boolean {
	return code === SPACE || code === TAB || code === BANG || code === 0x0d;
}

function wordToken(word: string): SosiToken {
	const match = word.charCodeAt(0) === DOT ? NAME.exec(word) : null;
	if (!match) return { kind: 'value', text: word, quoted: false };
	return { kind: 'name', level: (match[1] as string).length, name: match[2] as string };
}
