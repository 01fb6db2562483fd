import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import { Funder } from '../funder/funder.entity';
import { funderByCode } from '../funder/funder.loaders';
import { COST_SHARES_SIZE, CostShare } from './cost-share.entity';
import { FundingTransfer } from './funding-transfer.entity';
import { ProjectBudget } from './project-budget.entity';
import { costSharesOf, transfersInto, transfersOutOf } from './project.loaders';

@Resolver(() => ProjectBudget)
export class ProjectBudgetResolver {
  @FieldResolver(() => ID, {
    description: 'Stable id of the yearly budget: "<project id>:<year>", e.g. "107:2019".',
  })
  id(@Root() budget: ProjectBudget) {
    return `${budget.projectId}:${budget.year}`;
  }

  @FieldResolver(() => [CostShare], {
    description: 'Cost distribution per funder (kostnadsfordeling), in column order.',
  })
  @listSize(COST_SHARES_SIZE)
  costShares(@Root() budget: ProjectBudget, @Ctx() context: Context) {
    return costSharesOf(context, budget);
  }

  @FieldResolver(() => [FundingTransfer], {
    description:
      'Money this project passes on to other projects that year; reversed transfers stay listed, marked by reversedAt.',
  })
  // A handful a year: the documents' largest is 2 (project 107 in 2019).
  @listSize(5)
  transfersOut(@Root() budget: ProjectBudget, @Ctx() context: Context) {
    return transfersOutOf(context, budget);
  }

  @FieldResolver(() => [FundingTransfer], {
    description:
      'Money other projects pass on to this one that year; reversed transfers stay listed, marked by reversedAt.',
  })
  // A handful a year: the documents' largest is 1.
  @listSize(5)
  transfersIn(@Root() budget: ProjectBudget, @Ctx() context: Context) {
    return transfersInto(context, budget);
  }
}

@Resolver(() => CostShare)
export class CostShareResolver {
  @FieldResolver(() => ID, {
    description:
      'Stable id: "<project id>:<year>:<funder code>" for the current distribution, "statusReport/<report id>:<funder code>" for one a status report gave.',
  })
  id(@Root() share: CostShare) {
    return share.statusReportId === undefined
      ? `${share.projectId}:${share.year}:${share.funderCode}`
      : `statusReport/${share.statusReportId}:${share.funderCode}`;
  }

  @FieldResolver(() => Funder, { description: 'The funder (finansiør) column.' })
  funder(@Root() share: CostShare, @Ctx() { loaders }: Context) {
    return loaders.of(funderByCode).load(share.funderCode);
  }
}
