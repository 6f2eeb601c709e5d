/*
 * Where Planbord keeps model fields that an NPAD object type has no property for, so a
 * plan survives a trip through GML. Every GML 3.2 feature may carry `gml:identifier` and any
 * number of `gml:name` elements, each with a `codeSpace`; these are schema-valid in every
 * NPAD feature type and ignored by tools that do not know the code spaces.
 */

/** `<gml:identifier codeSpace="…">` holding `objectId` when it is not the lokalId. */
export const SLOT_OBJECT_ID = 'urn:planbord:objectId';
/** `<gml:name codeSpace="urn:planbord:code">` and likewise `status` and `name`. */
export const SLOT_FIELD_PREFIX = 'urn:planbord:';
/** `<gml:name codeSpace="urn:planbord:attribute:<key>">`: an attribute with no property in the schema. */
export const SLOT_ATTRIBUTE_PREFIX = 'urn:planbord:attribute:';
/** As above, for a text value that looks like a number and must stay text. */
export const SLOT_TEXT_PREFIX = 'urn:planbord:text:';

export const SLOT_FIELDS = ['code', 'status', 'name'] as const;
export type SlotField = (typeof SLOT_FIELDS)[number];
