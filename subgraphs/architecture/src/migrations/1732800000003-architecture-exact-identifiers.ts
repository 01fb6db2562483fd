import { SHARED_KEY_COLUMNS, exactIdentifiersMigration, type KeyColumns } from '@ehelse/shared/db';

/** Codes, ids and references to them: compared byte for byte (see compareExactly). */
const KEY_COLUMNS: KeyColumns = {
  result_goal: ['code'],
  milestone: ['code', 'result_goal_code'],
  measure: ['code', 'result_goal_code', 'milestone_code', 'responsible_organisation_id'],
  measure_organisation: ['measure_code', 'organisation_id'],
  measure_project: ['measure_code', 'project_id'],
  result_goal_project: ['result_goal_code', 'project_id'],
  focus_area_priority_member: ['focus_area_code'],
  strategy: ['id'],
  strategy_quote: ['strategy_id'],
  strategy_goal: ['strategy_id'],
  effect_node: ['code', 'parent_code'],
  welfare_technology_programme: ['id', 'project_id'],
  welfare_technology_assignment: ['programme_id'],
  roadmap_activity: ['organisation_id'],
  roadmap_activity_organisation: ['organisation_id'],
  prioritisation_round: ['id'],
  prioritisation_criterion: ['round_id', 'code', 'parent_code'],
  prioritisation_candidate: ['round_id'],
  candidate_value: ['criterion_code'],
  candidate_printed_group_score: ['criterion_code'],
  ...SHARED_KEY_COLUMNS,
};

/**
 * MySQL's utf8mb4_unicode_ci matched codes that differ in case or by a trailing NUL; keys
 * now compare exactly there, as they always did on sql.js. A no-op on sql.js.
 */
export const ArchitectureExactIdentifiers1732800000003 = exactIdentifiersMigration(
  'ArchitectureExactIdentifiers1732800000003',
  KEY_COLUMNS,
);
