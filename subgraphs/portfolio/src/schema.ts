import { buildFederatedSchema, type Context } from '@ehelse/shared/graphql';
import { auditResolver } from '@ehelse/shared/audit';
// The order of these imports is the order of the root fields in the SDL (type-graphql
// lists queries and mutations as their modules define them): keep it when adding one.
import {
  FocusAreaProjectsResolver,
  FocusAreaResolver,
  StrategicAreaResolver,
} from './focus-area/focus-area.resolver';
import {
  OrganisationProjectsResolver,
  OrganisationResolver,
} from './organisation/organisation.resolver';
import { ProjectResolver } from './project/project.resolver';
import { ProjectMutations } from './project/project.mutations';
import { CostShareResolver, ProjectBudgetResolver } from './project/budget.resolver';
import { FundingTransferResolver } from './project/funding-transfer.resolver';
import { FundingTransferMutations } from './project/funding-transfer.mutations';
import { PortfolioTableResolver } from './table/table.resolver';
import { PortfolioTableMutations } from './table/table.mutations';
import { ViewerResolver } from './viewer/viewer.resolver';
import { ProjectHistoryResolver, StatusReportResolver } from './project/status-report.resolver';
import { StatusReportMutations } from './project/status-report.mutations';
import { FunderResolver } from './funder/funder.resolver';
import {
  PortfolioChallengeResolver,
  PortfolioReportPresentationResolver,
  PortfolioReportResolver,
} from './report/report.resolver';
import {
  ActorGroupMemberResolver,
  ActorMapResolver,
  NationalInitiativeResolver,
} from './initiative/initiative.resolver';
import { SectorKeyFigureResolver } from './sector/sector.resolver';
import {
  BenefitCaseResolver,
  ProjectBenefitCaseResolver,
} from './benefit-case/benefit-case.resolver';
import {
  FocusAreaTotalResolver,
  FunderTotalResolver,
  OrganisationTotalResolver,
  PortfolioSummaryResolver,
} from './summary/summary.resolver';
import { focusAreaByCode } from './focus-area/focus-area.loaders';
import { funderByCode } from './funder/funder.loaders';
import { organisationById } from './organisation/organisation.loaders';
import { projectById } from './project/project.loaders';

export const buildPortfolioSchema = () =>
  buildFederatedSchema({
    resolvers: [
      OrganisationResolver,
      OrganisationProjectsResolver,
      FocusAreaResolver,
      FocusAreaProjectsResolver,
      StrategicAreaResolver,
      FunderResolver,
      ProjectResolver,
      ProjectMutations,
      ProjectBudgetResolver,
      CostShareResolver,
      FundingTransferResolver,
      FundingTransferMutations,
      PortfolioSummaryResolver,
      FocusAreaTotalResolver,
      FunderTotalResolver,
      OrganisationTotalResolver,
      PortfolioReportResolver,
      PortfolioChallengeResolver,
      PortfolioReportPresentationResolver,
      NationalInitiativeResolver,
      ActorMapResolver,
      ActorGroupMemberResolver,
      SectorKeyFigureResolver,
      BenefitCaseResolver,
      ProjectBenefitCaseResolver,
      StatusReportResolver,
      StatusReportMutations,
      ProjectHistoryResolver,
      PortfolioTableResolver,
      PortfolioTableMutations,
      ViewerResolver,
      auditResolver('auditEvents', 'portfolio'),
    ],
    references: {
      Organisation: ({ id }: Record<string, unknown>, { loaders }: Context) =>
        loaders.of(organisationById).load(String(id)),
      Project: ({ id }: Record<string, unknown>, { loaders }: Context) =>
        loaders.of(projectById).load(String(id)),
      FocusArea: ({ code }: Record<string, unknown>, { loaders }: Context) =>
        loaders.of(focusAreaByCode).load(String(code)),
      Funder: ({ code }: Record<string, unknown>, { loaders }: Context) =>
        loaders.of(funderByCode).load(String(code)),
      // A stub of governance's agenda item: the key is all this subgraph holds.
      AgendaItem: ({ id }: Record<string, unknown>) => ({ id: String(id) }),
      // And of governance's council (styringsorgan), for the 2012 actor map.
      Council: ({ id }: Record<string, unknown>) => ({ id: String(id) }),
    },
  });
