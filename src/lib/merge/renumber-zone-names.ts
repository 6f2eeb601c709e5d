/** The validator's pattern for hensynssone names (plan-standards §2, rpf.hs.2). */
const ZONE_NAME = /^H(\d{3})(_(\d+))?$/;

/**
 * Gives every 'H<kode>_<løpenr>' name a løpenr unique within the merged plan, numbering
 * each kode 1, 2, … in the given order (plan-standards §5 R14: two old municipalities may
 * both have H570_1). Other names are returned unchanged.
 * @example renumberZoneNames(['H570_1', 'H570_1', 'H310', 'Flomsone']) // ['H570_1', 'H570_2', 'H310_1', 'Flomsone']
 */
export function renumberZoneNames(names: Array<string | null>): Array<string | null> {
	const next = new Map<string, number>();
	return names.map((name) => {
		const match = name === null ? null : ZONE_NAME.exec(name);
		if (!match) return name;
		const kode = match[1]!;
		const n = (next.get(kode) ?? 0) + 1;
		next.set(kode, n);
		return `H${kode}_${n}`;
	});
}
