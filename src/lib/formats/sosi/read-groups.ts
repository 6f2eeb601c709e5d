import { ParseError, ReasonMalformedSosi } from '../../errors';
import type { SosiLine } from './read-lines';
import { tokeniseLine, type ValueToken } from './tokenise-line';

/** One attribute of a group, its path flattened with dots: `NASJONALAREALPLANID.KOMM`. */
export interface SosiAttribute {
	path: string;
	tokens: ValueToken[];
	line: number;
}

/** One `.NAME n:` group (object) with everything between it and the next group. */
export interface SosiGroup {
	/** `HODE`, `KURVE`, `FLATE`, … */
	type: string;
	/** The serial number of `.KURVE 12:`; null for `.HODE`. */
	serial: number | null;
	line: number;
	attributes: SosiAttribute[];
	/** File coordinates of all `..NØ`/`..NØH` blocks as flat N,E pairs (heights dropped). */
	coordinates: number[];
	/** The `..REF` text with its continuation lines, and where it starts. */
	ref: { text: string; line: number } | null;
}

type Sink =
	| { kind: 'serial' }
	| { kind: 'coordinates'; dims: number; pending: number[]; line: number }
	| { kind: 'ref' }
	| { kind: 'attribute'; attribute: SosiAttribute }
	| { kind: 'ignore' };

const COORDINATE_DIMS: Record<string, number> = { NØ: 2, NØH: 3 };
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/**
 * Assembles tokenised lines into groups (SOSI Del 1 dot levels, plan-standards §4.1) and
 * yields them one at a time, so only the current object is in memory. Stops at `.SLUTT`;
 * a file that ends without it is truncated and throws, so no partial result escapes.
 * @example for (const group of readGroups(readLines(bytes, decoder))) …
 */
export function* readGroups(lines: Iterable<SosiLine>, file?: string): Generator<SosiGroup> {
	const assembler = new Assembler(file);
	let last = 0;
	for (const { text, number } of lines) {
		last = number;
		for (const group of assembler.feed(text, number)) yield group;
		if (assembler.finished) return;
	}
	throw new ParseError(ReasonMalformedSosi, 'truncated: no .SLUTT', { file, line: last });
}

class Assembler {
	finished = false;
	private group: SosiGroup | null = null;
	private sink: Sink | null = null;
	/** The open `..NØ` block, which `...KP` flags interrupt only until the line ends. */
	private coordinates: (Sink & { kind: 'coordinates' }) | null = null;
	private path: string[] = [];
	private seen = new Set<string>();

	constructor(private readonly file: string | undefined) {}

	/** Takes one line; returns the groups it completed. */
	feed(text: string, line: number): SosiGroup[] {
		const done: SosiGroup[] = [];
		if (this.coordinates) this.sink = this.coordinates;
		for (const token of tokeniseLine(text, { file: this.file, line })) {
			if (this.finished) break;
			if (token.kind === 'value') this.take(token, line);
			else if (token.level === 1) this.start(token.name, line, done);
			else this.open(token.level, token.name, line);
		}
		return done;
	}

	private start(type: string, line: number, done: SosiGroup[]): void {
		this.closeCoordinates();
		if (this.group) done.push(this.group);
		else if (type !== 'HODE') this.fail(`.${type} before .HODE`, line);
		if (type === 'SLUTT') {
			this.finished = true;
			return;
		}
		this.group = { type, serial: null, line, attributes: [], coordinates: [], ref: null };
		this.sink = { kind: 'serial' };
		this.coordinates = null;
		this.path = [];
		this.seen = new Set();
	}

	private open(level: number, name: string, line: number): void {
		const group = this.group ?? this.fail(`..${name} before .HODE`, line);
		// `...KP 1` and other flags under a coordinate block describe a point; skip them.
		if (this.coordinates && level > 2) {
			this.sink = { kind: 'ignore' };
			return;
		}
		this.closeCoordinates();
		const dims = COORDINATE_DIMS[name];
		if (level === 2 && dims) {
			this.coordinates = { kind: 'coordinates', dims, pending: [], line };
			this.sink = this.coordinates;
		} else if (level === 2 && name === 'REF') {
			group.ref ??= { text: '', line };
			this.sink = { kind: 'ref' };
		} else {
			this.path = this.path.slice(0, level - 2);
			this.path.push(this.uniqueName(name));
			const attribute = { path: this.path.join('.'), tokens: [], line };
			group.attributes.push(attribute);
			this.sink = { kind: 'attribute', attribute };
		}
	}

	/** Repeated elements get `#2`, `#3`, … so every value survives (README, "repeats"). */
	private uniqueName(name: string): string {
		const prefix = this.path.length ? this.path.join('.') + '.' : '';
		let candidate = name;
		for (let k = 2; this.seen.has(prefix + candidate); k++) candidate = `${name}#${k}`;
		this.seen.add(prefix + candidate);
		return candidate;
	}

	private take(token: ValueToken, line: number): void {
		const { group, sink } = this;
		if (!group || !sink) return this.fail(`"${token.text}" before .HODE`, line);
		if (sink.kind === 'serial') {
			group.serial ??= Number.parseInt(token.text, 10);
			if (Number.isNaN(group.serial)) this.fail(`bad serial number "${token.text}"`, line);
		} else if (sink.kind === 'attribute') {
			sink.attribute.tokens.push(token);
		} else if (sink.kind === 'ref' && group.ref) {
			group.ref.text += ` ${token.text}`;
		} else if (sink.kind === 'coordinates') {
			if (token.quoted || !NUMBER.test(token.text)) {
				this.fail(`"${token.text}" is not a coordinate`, line);
			}
			sink.pending.push(Number(token.text));
			sink.line = line;
			if (sink.pending.length === sink.dims) {
				group.coordinates.push(sink.pending[0] as number, sink.pending[1] as number);
				sink.pending = [];
			}
		}
	}

	private closeCoordinates(): void {
		const open = this.coordinates;
		this.coordinates = null;
		if (open && open.pending.length > 0) {
			this.fail(`incomplete coordinate "${open.pending.join(' ')}"`, open.line);
		}
	}

	private fail(detail: string, line: number): never {
		const feature = this.group?.serial ?? undefined;
		throw new ParseError(ReasonMalformedSosi, detail, { file: this.file, line, feature });
	}
}
