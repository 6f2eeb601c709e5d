/*
 * Note codes the plan readers attach to their results (conventions.md §8: notes carry what
 * the user must see). English constants; the UI maps them to bokmål.
 */

/** Lines and points (KpJuridiskLinje, KpPåskrift, …) are not plan areas and were not read. */
export const NoteSkippedWithoutSurface = 'skipped-without-surface';
/** An object type Planbord does not know was read as a zone without a code list. */
export const NoteUnknownObjectType = 'unknown-object-type';
/** A kommunenummer with fewer than 4 digits was zero-padded. */
export const NoteMunicipalityPadded = 'municipality-padded';
/** A CRS was read as a near-identical one Planbord supports. */
export const NoteCrsEquivalent = 'crs-equivalent';
/** Members of the collection outside the plan namespaces were ignored. */
export const NoteForeignFeatures = 'foreign-features';
/** Both PBL 1985 and PBL 2008 object types occur and no lovreferanse settles which applies. */
export const NoteMixedLaw = 'mixed-law';
/** Two features share an identifier. */
export const NoteDuplicateObjectId = 'duplicate-object-id';
