import { IMPORT_FIELDS, type ImportField } from './import/column-mapping';

/** Import fields a person does not type on a building's page: the key and the geometry. */
const NOT_EDITABLE = ['buildingNumber', 'gnrBnr', 'x', 'y', 'geometry'] as const;
export type EditableField = Exclude<ImportField, (typeof NOT_EDITABLE)[number]>;

/**
 * The fields of the edit form, in the import's order: the same fields and the same row
 * rules as an imported spreadsheet. The building number is the key and cannot change;
 * geometry is edited on the map.
 */
export const EDITABLE_FIELDS: readonly EditableField[] = IMPORT_FIELDS.filter(
	(f): f is EditableField => !(NOT_EDITABLE as readonly string[]).includes(f)
);
