import type { ProjectRow } from '@ehelse/portfolio';

const PHASES = ['CONCEPT', 'PLANNING', 'EXECUTION'] as const;
const STATUSES = ['GREEN', 'YELLOW', 'RED', null] as const;
const FUNDERS = ['E-helse', 'HDIR', 'RHF', 'NIKT', 'KS/kommune', 'FHI', 'NHN'];

export interface GenerateOptions {
  count: number;
  year: number;
  organisationIds: string[];
  focusAreaCodes: string[];
  /** Prefix of the generated ids, so they never clash with the documents' ids. */
  idPrefix?: string;
}

/** Deterministic synthetic projects, for benchmarks and for proving statement counts at scale. */
export function generateProjects(options: GenerateOptions): ProjectRow[] {
  const prefix = options.idPrefix ?? 'g';
  return Array.from({ length: options.count }, (_, i) => {
    const amount = 1 + (i % 97);
    const first = FUNDERS[i % FUNDERS.length];
    const second = FUNDERS[(i + 3) % FUNDERS.length];
    return {
      id: `${prefix}${i + 1}`,
      name: `Generated project ${i + 1}`,
      responsibleOrganisationId: options.organisationIds[i % options.organisationIds.length],
      leader: null,
      phase: PHASES[i % PHASES.length],
      status: STATUSES[i % STATUSES.length],
      priorityCategory: 1 + (i % 2),
      focusAreaCode: options.focusAreaCodes[i % options.focusAreaCodes.length],
      budgets: [
        {
          year: options.year,
          amount,
          costShares: [
            { funder: first, amount: amount - 1 },
            { funder: second, amount: 1 },
          ].filter((share) => share.amount > 0),
        },
      ],
    } as ProjectRow;
  });
}
