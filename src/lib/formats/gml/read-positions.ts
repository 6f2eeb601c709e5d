import type { Position } from 'geojson';
import { ParseError, ReasonMalformedGml, type ErrorLocation } from '../../errors';

/**
 * Reads a `gml:posList` into 2D positions, dropping any third ordinate (heights play no part
 * in a plan's areas). The list must hold a whole number of `dimension`-tuples.
 * @example readPosList('0 0 10 0 10 10', 2) // [[0, 0], [10, 0], [10, 10]]
 */
export function readPosList(
	text: string,
	dimension: number,
	where: ErrorLocation = {}
): Position[] {
	const numbers = readNumbers(text, where);
	if (numbers.length % dimension !== 0) {
		throw new ParseError(
			ReasonMalformedGml,
			`posList has ${numbers.length} numbers, not a multiple of srsDimension ${dimension}`,
			where
		);
	}
	const positions: Position[] = [];
	for (let i = 0; i < numbers.length; i += dimension) {
		positions.push([numbers[i] as number, numbers[i + 1] as number]);
	}
	return positions;
}

/**
 * Reads one `gml:pos` (two or three ordinates) as a 2D position.
 * @example readPos('580000 6633000 12.5') // [580000, 6633000]
 */
export function readPos(text: string, where: ErrorLocation = {}): Position {
	const numbers = readNumbers(text, where);
	if (numbers.length < 2 || numbers.length > 3) {
		throw new ParseError(
			ReasonMalformedGml,
			`pos has ${numbers.length} numbers, expected 2 or 3`,
			where
		);
	}
	return [numbers[0] as number, numbers[1] as number];
}

function readNumbers(text: string, where: ErrorLocation): number[] {
	const tokens = text.trim().split(/\s+/).filter(Boolean);
	return tokens.map((token) => {
		const value = Number(token);
		if (!Number.isFinite(value)) {
			throw new ParseError(
				ReasonMalformedGml,
				`"${token}" in a coordinate list is not a number`,
				where
			);
		}
		return value;
	});
}
