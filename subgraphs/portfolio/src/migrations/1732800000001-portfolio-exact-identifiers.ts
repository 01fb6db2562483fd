import { SHARED_KEY_COLUMNS, exactIdentifiersMigration, type KeyColumns } from '@ehelse/shared/db';

/** Ids, codes and references to them: compared byte for byte (see compareExactly). */
const KEY_COLUMNS: KeyColumns = {
  organisation: ['id'],
  focus_area: ['code'],
  funder: ['code', 'organisation_id'],
  project: ['id', 'responsible_organisation_id', 'focus_area_code'],
  project_budget: ['project_id'],
  cost_share: ['project_id', 'funder_code'],
  funding_transfer: ['from_project_id', 'to_project_id'],
  published_total: ['dimension', 'item_key'],
  project_status_report: ['project_id', 'reporting_organisation_id', 'reported_by'],
  ...SHARED_KEY_COLUMNS,
};

/**
 * MySQL's utf8mb4_unicode_ci matched "HELSE-VEST-RHF" and "161\0" to existing rows; keys
 * now compare exactly there, as they always did on sql.js. A no-op on sql.js.
 */
export const PortfolioExactIdentifiers1732800000001 = exactIdentifiersMigration(
  'PortfolioExactIdentifiers1732800000001',
  KEY_COLUMNS,
);
