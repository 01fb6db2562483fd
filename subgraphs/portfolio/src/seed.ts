import type { DataSource, EntityManager } from 'typeorm';
import { seedOnce } from '@ehelse/shared/db';
import { dataFile } from './data-files';
import { seedDocumentFacts } from './documents/document-facts.seed';
import { FocusArea } from './focus-area/focus-area.entity';
import { StrategicArea } from './focus-area/strategic-area.entity';
import { Funder } from './funder/funder.entity';
import { Organisation } from './organisation/organisation.entity';
import { organisationOf, type OrganisationRow } from './organisation/organisation.seed';
import { CostShare } from './project/cost-share.entity';
import { FundingTransfer } from './project/funding-transfer.entity';
import { ProjectBudget } from './project/project-budget.entity';
import type { ProjectPhase, StatusColour } from './project/project-enums';
import { Project } from './project/project.entity';
import { PortfolioChallenge } from './report/portfolio-challenge.entity';
import { PortfolioReport } from './report/portfolio-report.entity';
import { PublishedTotal } from './report/published-total.entity';

interface StrategicAreaRow {
  number: number;
  name: string;
  focusAreas: { code: string; name: string }[];
}
interface FunderRow {
  code: string;
  name: string;
  organisationId: string | null;
  column: number;
}
export interface ProjectRow {
  id: string;
  name: string;
  responsibleOrganisationId: string;
  leader: string | null;
  phase: ProjectPhase;
  status: StatusColour | null;
  priorityCategory: number | null;
  focusAreaCode: string;
  budgets: {
    year: number;
    amount: number | null;
    costShares: { funder: string; amount: number }[];
  }[];
}
interface TransferRow {
  year: number;
  fromProjectId: string;
  toProjectId: string;
  amount: number;
}
interface ReportRow {
  year: number;
  publishedAt: string;
  projectCount: number;
  previousProjectCount: number | null;
  reportedBudget: number;
  previousReportedBudget: number | null;
  estimatedBudget: number | null;
  newProjects: number | null;
  removedProjects: number | null;
  publishedFunderTotals: Record<string, number | null>;
  publishedFocusAreaTotals: Record<string, number | null>;
  challenges: {
    rank: number;
    title: string;
    description: string | null;
    probability: string | number | null;
    consequence: string | number | null;
  }[];
}

const textOrNull = (value: string | number | null | undefined) =>
  value === null || value === undefined ? null : String(value);

/** Writes projects with their budgets and cost shares; used by the seed, the import and the bench generator. */
export async function insertProjects(manager: EntityManager, rows: ProjectRow[]) {
  const chunk = 500;
  for (let start = 0; start < rows.length; start += chunk) {
    const slice = rows.slice(start, start + chunk);
    await manager.insert(
      Project,
      slice.map(({ budgets: _budgets, ...project }) => ({ ...project, version: 1 })),
    );
    const budgets = slice.flatMap((p) =>
      p.budgets.map((b) => ({ projectId: p.id, year: b.year, amount: b.amount })),
    );
    if (budgets.length) await manager.insert(ProjectBudget, budgets);
    const shares = slice.flatMap((p) =>
      p.budgets.flatMap((b) =>
        b.costShares.map((s) => ({
          projectId: p.id,
          year: b.year,
          funderCode: s.funder,
          amount: s.amount,
        })),
      ),
    );
    for (let s = 0; s < shares.length; s += chunk)
      await manager.insert(CostShare, shares.slice(s, s + chunk));
  }
}

async function loadDocuments(manager: EntityManager) {
  await manager.insert(
    Organisation,
    dataFile<OrganisationRow[]>('organisations.json').map(organisationOf),
  );
  const areas = dataFile<StrategicAreaRow[]>('strategic-areas.json');
  await manager.insert(
    StrategicArea,
    areas.map(({ number, name }) => ({ number, name })),
  );
  await manager.insert(
    FocusArea,
    areas.flatMap((area) =>
      area.focusAreas.map((f) => ({ ...f, strategicAreaNumber: area.number })),
    ),
  );
  await manager.insert(
    Funder,
    dataFile<FunderRow[]>('funders.json').map(({ code, name, organisationId, column }) => ({
      code,
      name,
      organisationId,
      position: column,
    })),
  );
  await insertProjects(manager, dataFile<ProjectRow[]>('projects.json'));
  await manager.insert(FundingTransfer, dataFile<TransferRow[]>('transfers.json'));
  const report = dataFile<ReportRow>('report.json');
  const { publishedFunderTotals, publishedFocusAreaTotals, challenges, ...published } = report;
  await manager.insert(PortfolioReport, {
    year: published.year,
    publishedAt: published.publishedAt,
    projectCount: published.projectCount,
    previousProjectCount: published.previousProjectCount,
    reportedBudget: published.reportedBudget,
    previousReportedBudget: published.previousReportedBudget,
    estimatedBudget: published.estimatedBudget,
    newProjects: published.newProjects,
    removedProjects: published.removedProjects,
  });
  const totals = (dimension: PublishedTotal['dimension'], values: Record<string, number | null>) =>
    Object.entries(values).map(([key, amount]) => ({ year: report.year, dimension, key, amount }));
  await manager.insert(PublishedTotal, [
    ...totals('FUNDER', publishedFunderTotals),
    ...totals('FOCUS_AREA', publishedFocusAreaTotals),
  ]);
  await manager.insert(
    PortfolioChallenge,
    challenges.map((c) => ({
      year: report.year,
      rank: c.rank,
      title: c.title,
      description: c.description,
      probability: textOrNull(c.probability),
      consequence: textOrNull(c.consequence),
    })),
  );
}

/** Seeds the documents' data once per database: the first dataset, then the facts added since. */
export async function seedPortfolio(dataSource: DataSource) {
  const first = await seedOnce(dataSource, 'portfolio-2019-documents', loadDocuments);
  const facts = await seedDocumentFacts(dataSource);
  return first || facts;
}
