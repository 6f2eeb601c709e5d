import type { Position } from 'geojson';
import type { Path64 } from 'clipper2-ts';
import { toPosition } from './local-frame';
import type { ArcPoints } from './arc-ring';

/** A ring of the plan that a file should store as arcs, and the ring the writer wrote. */
export interface ArcRing {
	/** The `.BUEP`s in order, counter-clockwise. */
	arcs: ArcPoints[];
	/** Their densified ring as it stands in the PlanDocument (what writeSosi wrote). */
	ring: Path64;
}

/**
 * Post-processing of a file from `writeSosi`, which writes straight `.KURVE`s only: each
 * ring in `rings` is written twice, as the outer ring of its island and as the hole of the
 * area around it. Both `.KURVE`s (found by their vertex set, in either direction) are
 * replaced by one set of shared `.BUEP`s (three points each, new serials after the last),
 * and both `..REF`s are pointed at them, the hole running backwards (`(:-d :-c :-b :-a)`),
 * so a reader densifies one ring for both and leaves no sliver. Bytes outside the edited
 * groups are kept as they are (any charset: the text is handled as Latin-1 bytes).
 * Throws when a ring is not found exactly twice.
 * @example insertArcs(writeSosi(plan, { unit: 0.001 }), [{ arcs, ring }], 0.001)
 */
export function insertArcs(bytes: Uint8Array, rings: readonly ArcRing[], unit: number): Uint8Array {
	const perMetre = Math.round(1 / unit);
	const key = (p: Position) =>
		`${Math.round((p[1] as number) * perMetre)} ${Math.round((p[0] as number) * perMetre)}`;
	let lines = Buffer.from(bytes).toString('latin1').split('\r\n');
	for (const { arcs, ring } of rings) {
		const groups = readGroups(lines);
		const wanted = new Set(ring.map((p) => key(toPosition(p))));
		const matches = groups.filter(
			(g) =>
				g.type === 'KURVE' &&
				g.points.length === wanted.size + 1 &&
				g.points.every((p) => wanted.has(p.join(' ')))
		);
		if (matches.length !== 2)
			throw new RangeError(`an arc ring was written ${matches.length} times, not twice`);
		let next = Math.max(...groups.map((g) => g.serial));
		const serials = arcs.map(() => ++next);
		const objtype = lines
			.slice(matches[0]!.start, matches[0]!.end)
			.find((l) => l.startsWith('..OBJTYPE'));
		const buep = arcs.flatMap((arc, k) => [
			`.BUEP ${serials[k]}:`,
			...(objtype ? [objtype] : []),
			'..NØ',
			...arc.map((p, i) => `${key(p)}${i === 2 ? ' ...KP 1' : ''}`)
		]);
		const forwards = serials.map((s) => `:${s}`).join(' ');
		const backwards = [...serials]
			.reverse()
			.map((s) => `:-${s}`)
			.join(' ');
		const refFor = new Map(
			matches.map((g) => [
				g.serial,
				counterClockwise(g.points) ? [forwards, backwards] : [backwards, forwards]
			])
		);
		const [first, second] = matches as [Group, Group];
		lines = lines.flatMap((line, i) => {
			if (i === first.start) return buep;
			if ((i > first.start && i < first.end) || (i >= second.start && i < second.end)) return [];
			if (!line.startsWith('..REF ')) return [line];
			return [
				line.replace(/:(-?)(\d+)/g, (text, minus: string, digits: string) => {
					const refs = refFor.get(Number(digits));
					return refs ? refs[minus ? 1 : 0]! : text;
				})
			];
		});
	}
	return new Uint8Array(Buffer.from(lines.join('\r\n'), 'latin1'));
}

interface Group {
	type: string;
	serial: number;
	/** Line range [start, end) of the group. */
	start: number;
	end: number;
	/** `..NØ` points as [N, E] in file units. */
	points: [number, number][];
}

function readGroups(lines: readonly string[]): Group[] {
	const groups: Group[] = [];
	lines.forEach((line, i) => {
		const head = /^\.([A-ZÆØÅ]+)(?:\s+(\d+):)?/.exec(line);
		if (head) {
			const last = groups[groups.length - 1];
			if (last) last.end = i;
			groups.push({
				type: head[1]!,
				serial: Number(head[2] ?? 0),
				start: i,
				end: lines.length,
				points: []
			});
		} else {
			const group = groups[groups.length - 1];
			const point = /^(-?\d+) (-?\d+)/.exec(line);
			if (group && point) group.points.push([Number(point[1]), Number(point[2])]);
		}
	});
	return groups;
}

/** Shoelace over [N, E] pairs taken as (E, N), relative to the first point to stay exact. */
function counterClockwise(points: readonly [number, number][]): boolean {
	const [n0, e0] = points[0] ?? [0, 0];
	let twice = 0;
	for (let k = 0; k + 1 < points.length; k++) {
		const [n1, e1] = points[k]!;
		const [n2, e2] = points[k + 1]!;
		twice += (e1 - e0) * (n2 - n0) - (e2 - e0) * (n1 - n0);
	}
	return twice > 0;
}
