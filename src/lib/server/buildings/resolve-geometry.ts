import type { MultiPolygon, Point } from 'geojson';
import { inArray } from 'drizzle-orm';
import { buildings } from '$db/schema';
import { GeometryError, ReasonMissingPosition } from '$lib/errors';
import type { ImportedBuilding } from '$lib/buildings/import/types';
import type { BuildingGeometry, BuildingRecord } from '$lib/buildings/types';
import { toBuildingRecord } from '$lib/buildings/to-record';
import { CANONICAL_SRID } from '$lib/geometry/crs';
import type { Utm32 } from '$lib/geometry/types';
import type { Db } from '../db/handle';
import type { Tx } from '../db/transaction';

/**
 * Imported rows and edit forms may come without coordinates: the building keeps the
 * position and footprint it has. A building new to the register must bring a position.
 */
export async function toRecords(
	db: Db | Tx,
	imported: ImportedBuilding[]
): Promise<BuildingRecord[]> {
	const withoutGeometry = imported.filter((b) => b.geometry === null).map((b) => b.buildingNumber);
	const stored = new Map<
		string,
		{ position: Utm32<Point>; footprint: Utm32<MultiPolygon> | null }
	>();
	for (let i = 0; i < withoutGeometry.length; i += 5000) {
		const rows = await db
			.select({
				number: buildings.buildingNumber,
				position: buildings.position,
				footprint: buildings.footprint
			})
			.from(buildings)
			.where(inArray(buildings.buildingNumber, withoutGeometry.slice(i, i + 5000)));
		for (const r of rows) stored.set(r.number, r);
	}
	return imported.map(({ geometry, ...attributes }) => {
		if (geometry) {
			return toBuildingRecord(
				{ type: 'Feature', geometry: geometry as BuildingGeometry, properties: attributes },
				CANONICAL_SRID
			);
		}
		const existing = stored.get(attributes.buildingNumber);
		if (!existing) {
			throw new GeometryError(ReasonMissingPosition, 'a new building needs coordinates', {
				feature: attributes.buildingNumber
			});
		}
		return { attributes, ...existing };
	});
}
