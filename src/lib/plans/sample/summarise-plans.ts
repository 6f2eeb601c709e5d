import type { MultiPolygon, Polygon } from 'geojson';
import { describeCode } from '../../codelists/describe-code';
import { planarArea } from '../../geometry/area';
import type { Utm32 } from '../../geometry/types';
import type { PlanCodeList, PlanDocument } from '../types';
import type { Defect } from './types';

/*
 * Markdown tables for geodata/plans/SOURCE.md, computed from the documents in EPSG:25832.
 */

const km2 = (m2: number) => (m2 / 1e6).toFixed(2);
const areaOf = (g: Polygon | MultiPolygon) => planarArea(g as Utm32<Polygon | MultiPolygon>);

/**
 * Feature counts per kind and areas per plan.
 * @example countTable(plans) // '| plan | file | … |'
 */
export function countTable(plans: ReadonlyArray<{ file: string; document: PlanDocument }>): string {
	const rows = plans.map(({ file, document }) => {
		const of = (kind: string) => document.features.filter((f) => f.properties.kind === kind);
		const landuse = of('landuse');
		const area = of('planarea').reduce((s, f) => s + areaOf(f.geometry), 0);
		const covered = landuse.reduce((s, f) => s + areaOf(f.geometry), 0);
		return `| ${document.header.municipality} | \`${file}\` | ${of('planarea').length} | ${landuse.length} | ${of('zone').length} | ${km2(area)} | ${km2(covered)} |`;
	});
	return [
		'| kommune | file | planområde | land-use areas | hensynssoner | plan area km² | sum of land use km² |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...rows
	].join('\n');
}

/**
 * Land-use codes of one plan: count, area and share of the land use, largest first.
 * @example codeTable(asker) // '| code | areas | km² | % |'
 */
export function codeTable(document: PlanDocument): string {
	const stats = new Map<string, { count: number; area: number; list: PlanCodeList }>();
	let total = 0;
	for (const f of document.features) {
		if (f.properties.kind !== 'landuse' || f.properties.code === null) continue;
		const area = areaOf(f.geometry);
		total += area;
		const s = stats.get(f.properties.code) ?? { count: 0, area: 0, list: f.properties.codeList };
		stats.set(f.properties.code, { ...s, count: s.count + 1, area: s.area + area });
	}
	const rows = [...stats]
		.sort(([, a], [, b]) => b.area - a.area)
		.map(([code, s]) => {
			const name = describeCode(code, s.list).name;
			return `| ${name} | ${s.count} | ${km2(s.area)} | ${((100 * s.area) / total).toFixed(1)} |`;
		});
	return ['| code | areas | km² | % |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/**
 * The defects as a Markdown table.
 * @example defectTable(defects)
 */
export function defectTable(defects: readonly Defect[]): string {
	const rows = defects.map((d) => {
		const expected = d.expected
			? `${d.expected.conflict} / ${d.expected.rule}`
			: 'none (must survive)';
		const width = d.widthM === null ? '' : `${d.widthM} m`;
		return `| ${d.id} | ${d.municipalities.join(', ')} | ${d.kind}${d.natural ? ' (natural)' : ''} | ${expected} | ${d.point[0].toFixed(1)} ${d.point[1].toFixed(1)} | ${d.areaM2} | ${width} |`;
	});
	return [
		'| id | kommune | kind | expected conflict / rule | point (EPSG:25832) | m² | width |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...rows
	].join('\n');
}
