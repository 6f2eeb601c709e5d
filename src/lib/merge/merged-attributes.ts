/**
 * Attribute names the merge writes on every output feature, besides the source attributes.
 * The identity keys are the SOSI names of nasjonalArealplanId (plan-standards §1.3, §4.3),
 * overwritten with the merged plan's identity; the original values move to the
 * `opprinnelig…` keys, named after the NPAD fields opprinneligPlanId and
 * opprinneligAdministrativEnhet that exist for renumbered plans after a merger (§1.3, §8).
 */
export const MERGED_ATTRIBUTES = {
	municipality: 'NASJONALAREALPLANID.KOMM',
	planId: 'NASJONALAREALPLANID.PLANID',
	originalMunicipality: 'opprinneligAdministrativEnhet',
	originalPlanId: 'opprinneligPlanId',
	originalObjectId: 'opprinneligObjektId',
	originalCode: 'opprinneligKode',
	originalCodeList: 'opprinneligKodeliste',
	originalZoneName: 'opprinneligHensynSonenavn'
} as const;
