import { roleLabel } from '../auth/role-labels';
import { isRole } from '../auth/roles';
import {
	CATEGORY_LABEL,
	FIELD_LABEL,
	MUNICIPALITY_NAME,
	TENURE_LABEL,
	UNIT_LABEL,
	VALUATION_LABEL
} from '../i18n/buildings';
import { INDICATOR_LABEL } from '../i18n/benchmarks';
import { BENCHMARK_KIND_LABEL } from '../i18n/efficiency';
import { PROPOSAL_STATUS_TEXT } from '../i18n/zones';
import {
	formatBoolean,
	formatCode,
	formatCondition,
	formatConditionByPart,
	formatCount,
	formatDate,
	formatDateTime,
	formatDecimal,
	formatFloorArea,
	formatId,
	formatKroner,
	formatListLength,
	formatZoneArea,
	plain,
	type Format
} from './format-value';

/** How one column of a logged table is shown in the history. */
export interface FieldSpec {
	label: string;
	format?: Format;
	/** Never printed: geometry and secrets read as «satt», «endret» or «fjernet». */
	hidden?: boolean;
}

/**
 * Columns that change with every write or only mirror another column, so a history that
 * showed them would bury what a person changed: timestamps, surrogate ids, the content hash,
 * derived geometry (`geom` of a building is COALESCE(footprint, position)) and the
 * building's optimistic-locking version (bumped whenever anything else changes).
 */
const NOISE = new Set(['id', 'created_at', 'updated_at', 'content_hash', 'geom_3857']);
const NOISE_BY_TYPE: Readonly<Record<string, ReadonlySet<string>>> = {
	building: new Set(['version', 'geom'])
};

/** Whether a column is left out of the history of `objectType`. */
export function isNoiseField(objectType: string, field: string): boolean {
	return NOISE.has(field) || (NOISE_BY_TYPE[objectType]?.has(field) ?? false);
}

const formatRole: Format = (value) => (isRole(value) ? roleLabel(value) : plain(value));

const PLAN_ROLE_LABEL: Record<string, string> = { source: 'Importert', merged: 'Sammenslått' };

const geometry = (label: string): FieldSpec => ({ label, hidden: true });

/** Per object type, the columns worth showing, in the order they are listed. */
export const AUDIT_FIELDS: Readonly<Record<string, Readonly<Record<string, FieldSpec>>>> = {
	building: {
		name: { label: FIELD_LABEL.name },
		address: { label: FIELD_LABEL.address },
		building_number: { label: FIELD_LABEL.buildingNumber, format: plain },
		gnr: { label: FIELD_LABEL.gnr, format: formatId },
		bnr: { label: FIELD_LABEL.bnr, format: formatId },
		municipality: { label: FIELD_LABEL.municipality, format: formatCode(MUNICIPALITY_NAME) },
		category: { label: FIELD_LABEL.category, format: formatCode(CATEGORY_LABEL) },
		bta: { label: 'BTA', format: formatFloorArea },
		bra: { label: 'BRA', format: formatFloorArea },
		year_built: { label: FIELD_LABEL.yearBuilt, format: formatId },
		tenure: { label: FIELD_LABEL.tenure, format: formatCode(TENURE_LABEL) },
		annual_rent: { label: FIELD_LABEL.annualRent, format: formatKroner },
		condition: { label: FIELD_LABEL.condition, format: formatCondition },
		condition_by_part: { label: FIELD_LABEL.conditionByPart, format: formatConditionByPart },
		maintenance_backlog: { label: FIELD_LABEL.maintenanceBacklog, format: formatKroner },
		value: { label: FIELD_LABEL.value, format: formatKroner },
		value_method: { label: FIELD_LABEL.valueMethod, format: formatCode(VALUATION_LABEL) },
		value_date: { label: FIELD_LABEL.valueDate, format: formatDate },
		annual_fdvu_cost: { label: FIELD_LABEL.annualFdvuCost, format: formatKroner },
		capacity: { label: FIELD_LABEL.capacity, format: formatCount },
		capacity_unit: { label: FIELD_LABEL.capacityUnit, format: formatCode(UNIT_LABEL) },
		users: { label: FIELD_LABEL.users, format: formatCount },
		source: { label: FIELD_LABEL.source },
		sample: { label: FIELD_LABEL.sample, format: formatBoolean },
		position: geometry('Posisjon'),
		footprint: geometry('Omriss')
	},
	proposal: {
		name: { label: 'Navn' },
		status: { label: 'Status', format: formatCode(PROPOSAL_STATUS_TEXT) },
		description: { label: 'Beskrivelse' },
		version: { label: 'Versjon', format: formatId },
		copied_from: { label: 'Kopiert fra forslag', format: formatId }
	},
	zone: {
		name: { label: 'Navn' },
		area: { label: 'Areal', format: formatZoneArea },
		geom: geometry('Geometri'),
		version: { label: 'Versjon', format: formatId }
	},
	user: {
		username: { label: 'Brukernavn' },
		display_name: { label: 'Navn' },
		role: { label: 'Rolle', format: formatRole },
		active: { label: 'Aktiv', format: formatBoolean },
		password_hash: { label: 'Passord', hidden: true },
		must_change_password: { label: 'Må bytte passord', format: formatBoolean },
		oidc_subject: { label: 'OIDC-identitet' }
	},
	benchmark: {
		key: { label: 'Nøkkel' },
		indicator: { label: 'Indikator', format: formatCode(INDICATOR_LABEL) },
		category: { label: 'Kategori', format: formatCode(CATEGORY_LABEL) },
		unit: { label: 'Enhet', format: formatCode({ ...UNIT_LABEL, inhabitants: 'innbyggere' }) },
		value: { label: 'Verdi', format: formatDecimal },
		kind: { label: 'Type', format: formatCode(BENCHMARK_KIND_LABEL) },
		source: { label: 'Kilde' },
		source_url: { label: 'Lenke til kilden' },
		year: { label: 'År', format: formatId },
		year_note: { label: 'Om året' },
		note: { label: 'Merknad' }
	},
	plan: {
		name: { label: 'Navn' },
		plan_id: { label: 'Plan-ID' },
		municipality: { label: 'Kommune' },
		role: { label: 'Type', format: formatCode(PLAN_ROLE_LABEL) },
		status: { label: 'Status' },
		law: { label: 'Lov' },
		format: { label: 'Format' },
		file_name: { label: 'Fil' },
		source_srid: {
			label: 'Koordinatsystem i filen',
			format: (v) => (typeof v === 'number' ? `EPSG:${v}` : plain(v))
		},
		feature_count: { label: 'Objekter', format: formatCount },
		notes: { label: 'Merknader', format: formatListLength('merknad', 'merknader') },
		report: { label: 'Rapport', hidden: true }
	},
	share_link: {
		title: { label: 'Tittel' },
		proposal_id: { label: 'Forslag', format: formatId },
		view: { label: 'Kartvisning' },
		created_by: { label: 'Opprettet av (bruker-id)', format: formatId },
		revoked_at: { label: 'Trukket tilbake', format: formatDateTime },
		token_hash: { label: 'Lenkenøkkel', hidden: true }
	}
};
