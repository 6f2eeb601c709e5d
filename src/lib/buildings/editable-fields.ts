import type { ImportField } from './import/column-mapping';

/**
 * The fields a person edits on a building's page, in the form's order. The building number
 * is the key and cannot change; geometry is edited on the map.
 */
export const EDITABLE_FIELDS = [
	'name',
	'address',
	'municipality',
	'category',
	'gnr',
	'bnr',
	'bta',
	'bra',
	'yearBuilt',
	'tenure',
	'annualRent',
	'condition',
	'maintenanceBacklog',
	'value',
	'valueMethod',
	'valueDate',
	'annualFdvuCost',
	'capacity',
	'capacityUnit',
	'users'
] as const satisfies readonly ImportField[];

export type EditableField = (typeof EDITABLE_FIELDS)[number];
