/*
 * DOSN8 is IBM code page 865 ("MS-DOS Nordic"), listed among the SOSI character sets in
 * plan-standards §4.1 (nvdb sosi-reader has a DOSN8 decoder). TextDecoder has no cp865, so
 * the upper half is written out here: bytes 0x80–0xFF in order, 16 per line. It is
 * cp437 except 0x9B ø, 0x9D Ø and 0xAF ¤; checked against glibc iconv's CP865 table.
 */
export const DOSN8_UPPER_HALF =
	'ÇüéâäàåçêëèïîìÄÅ' + // 0x80
	'ÉæÆôöòûùÿÖÜø£Ø₧ƒ' + // 0x90
	'áíóúñÑªº¿⌐¬½¼¡«¤' + // 0xA0
	'░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' + // 0xB0
	'└┴┬├─┼╞╟╚╔╩╦╠═╬╧' + // 0xC0
	'╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' + // 0xD0
	'αßΓπΣσµτΦΘΩδ∞φε∩' + // 0xE0
	'≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0'; // 0xF0

/**
 * The 7-bit Norwegian sets ND7 (Norsk Data) and DECN7 (DEC) replace six ASCII
 * punctuation marks with the Norwegian letters (nvdb sosi-reader ND7.java/DECN7.java).
 */
export const NORWEGIAN_7BIT: Readonly<Record<string, string>> = {
	'[': 'Æ',
	'\\': 'Ø',
	']': 'Å',
	'{': 'æ',
	'|': 'ø',
	'}': 'å'
};
