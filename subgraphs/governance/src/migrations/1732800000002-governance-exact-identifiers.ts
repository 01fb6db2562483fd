import { SHARED_KEY_COLUMNS, exactIdentifiersMigration, type KeyColumns } from '@ehelse/shared/db';

/** Ids (slugs), codes and references to them: compared byte for byte (see compareExactly). */
const KEY_COLUMNS: KeyColumns = {
  council: ['id', 'parent_id', 'predecessor_id'],
  person: ['id'],
  membership: ['id', 'council_id', 'person_id', 'organisation_id', 'replaces_membership_id'],
  meeting: ['id', 'council_id'],
  agenda_item: ['id', 'meeting_id', 'presenter_organisation_id'],
  agenda_item_presenter: ['agenda_item_id', 'person_id'],
  agenda_item_project: ['agenda_item_id', 'project_id'],
  substitution: ['meeting_id', 'person_id', 'for_person_id', 'organisation_id'],
  milestone_plan: ['id'],
  plan_milestone: ['plan_id', 'code'],
  planned_body_meeting: ['id', 'plan_id', 'council_id'],
  planned_meeting_milestone: ['planned_meeting_id', 'milestone_code', 'plan_id'],
  ...SHARED_KEY_COLUMNS,
};

/**
 * MySQL's utf8mb4_unicode_ci matched ids that differ in case or by a trailing NUL; keys now
 * compare exactly there, as they always did on sql.js. A no-op on sql.js.
 */
export const GovernanceExactIdentifiers1732800000002 = exactIdentifiersMigration(
  'GovernanceExactIdentifiers1732800000002',
  KEY_COLUMNS,
);
