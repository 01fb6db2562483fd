/**
 * Operation names clients send are free text: as metric labels, every new name is a new
 * time series kept for the life of the process (3 000 random names grew /metrics by 4 MB).
 * So only names from a fixed list become labels; the list is known at start and never
 * grows while the service runs.
 */

/**
 * The named operations this project publishes: the playground's saved examples
 * (gateway/playground/examples.ts; a gateway test keeps the two in step).
 */
export const KNOWN_OPERATION_NAMES: readonly string[] = [
  'Project107',
  'PortfolioSummary2019',
  'Meeting5of22',
  'ResultGoals',
  'PrioritisationRounds',
  'CouncilMembers',
  'TroubledProjects',
];

/** The label of a request without an operation name. */
export const ANONYMOUS_OPERATION = 'anonymous';
/** The label of every name outside the list. */
export const OTHER_OPERATION = 'other';

/**
 * The gateway's query planner names each subgraph fetch `<operation>__<subgraph>__<n>`:
 * a subgraph counts it under the client's operation, so its labels match the gateway's.
 */
const PLANNED_FETCH_NAME = /^(.+)__[A-Za-z0-9]+__\d+$/;

/** Maps an operation name to its metric label: itself when listed, otherwise `other`. */
export function operationLabeler(
  extraNames: Iterable<string> = [],
): (operationName: string | null | undefined) => string {
  const known = new Set([...KNOWN_OPERATION_NAMES, ...extraNames]);
  return (operationName) => {
    if (!operationName) return ANONYMOUS_OPERATION;
    const name = PLANNED_FETCH_NAME.exec(operationName)?.[1] ?? operationName;
    return known.has(name) ? name : OTHER_OPERATION;
  };
}
