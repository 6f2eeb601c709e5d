import type { Defect } from './types';

/**
 * The content of geodata/plans/defects.json: what the list is, then the defects in order.
 * @example JSON.stringify(defectsDocument(defects))
 */
export function defectsDocument(defects: readonly Defect[]): {
	about: string;
	crs: string;
	defects: readonly Defect[];
} {
	return {
		about:
			"Defects seeded into the SAMPLE plans asker-0220-kpa.gml, royken-0627-kpa.sos and hurum-0628-kpa.geojson (generated, not the municipalities' real plans), plus the natural gaps and overlaps of the 2019 boundaries (natural: true). `expected` is the conflict type and rule a correct merge reports; null means no conflict. Areas are approximate (m²); points lie inside the defect. See SOURCE.md.",
		crs: 'EPSG:25832',
		// One key order for every entry, whatever order the generator built them in.
		defects: defects.map((d) => ({
			id: d.id,
			kind: d.kind,
			municipalities: d.municipalities,
			expected: d.expected,
			point: d.point,
			areaM2: d.areaM2,
			widthM: d.widthM,
			natural: d.natural,
			objectIds: d.objectIds,
			description: d.description
		}))
	};
}
