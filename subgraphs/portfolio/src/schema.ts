import {
  auditResolver,
  buildFederatedSchema,
  buildSubgraphTypeDefs,
  type Context,
} from '@ehelse/shared';
import { ProjectAdminResolver } from './project/project-admin.resolver';
import { FundingTransferAdminResolver } from './project/funding-transfer-admin.resolver';
import { ReportedByResolver } from './project/reported-by.resolver';
import { PortfolioTableResolver } from './table/portfolio-table.resolver';
import { ViewerResolver } from './viewer/viewer.resolver';
import { ProjectHistoryResolver, ReportStatusResolver } from './project/report-status.resolver';
import {
  FocusAreaResolver,
  StrategicAreaResolver,
  focusAreaByCode,
} from './focus-area/focus-area.resolver';
import { FunderResolver, funderByCode } from './funder/funder.resolver';
import { OrganisationResolver, organisationById } from './organisation/organisation.resolver';
import {
  CostShareResolver,
  FundingTransferResolver,
  ProjectBudgetResolver,
} from './project/budget.resolver';
import { ProjectResolver, projectById } from './project/project.resolver';
import { PortfolioChallengeResolver, PortfolioReportResolver } from './report/report.resolver';
import {
  FocusAreaTotalResolver,
  FunderTotalResolver,
  OrganisationTotalResolver,
  PortfolioSummaryResolver,
} from './summary/summary.resolver';

const options = {
  resolvers: [
    OrganisationResolver,
    FocusAreaResolver,
    StrategicAreaResolver,
    FunderResolver,
    ProjectResolver,
    ProjectBudgetResolver,
    CostShareResolver,
    FundingTransferResolver,
    PortfolioSummaryResolver,
    FocusAreaTotalResolver,
    FunderTotalResolver,
    OrganisationTotalResolver,
    PortfolioReportResolver,
    PortfolioChallengeResolver,
    ReportStatusResolver,
    ProjectHistoryResolver,
    ReportedByResolver,
    ProjectAdminResolver,
    FundingTransferAdminResolver,
    PortfolioTableResolver,
    ViewerResolver,
    auditResolver('auditEvents', 'portfolio'),
  ] as const,
  references: {
    Organisation: ({ id }: Record<string, unknown>, context: Context) =>
      organisationById(context, String(id)),
    Project: ({ id }: Record<string, unknown>, context: Context) =>
      projectById(context, String(id)),
    FocusArea: ({ code }: Record<string, unknown>, context: Context) =>
      focusAreaByCode(context, String(code)),
    Funder: ({ code }: Record<string, unknown>, context: Context) =>
      funderByCode(context, String(code)),
  },
};

export const buildPortfolioSchema = () =>
  buildFederatedSchema({ ...options, resolvers: [...options.resolvers] });
export const portfolioTypeDefs = () =>
  buildSubgraphTypeDefs({ ...options, resolvers: [...options.resolvers] });
