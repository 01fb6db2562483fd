import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { groupBy, listSize, type Context } from '@ehelse/shared';
import { Funder } from '../funder/funder.entity';
import { funderByCode } from '../funder/funder.resolver';
import { COST_SHARES_SIZE, CostShare } from './cost-share.entity';
import { FundingTransfer } from './funding-transfer.entity';
import { ProjectBudget } from './project-budget.entity';
import { Project } from './project.entity';
import { projectById } from './project.resolver';

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
  costShares(@Root() budget: ProjectBudget, @Ctx() { loaders, dataSource }: Context) {
    return loaders
      .get<string, CostShare[]>(`costSharesInColumnOrder:${budget.year}`, async (projectIds) => {
        const shares = await dataSource
          .getRepository(CostShare)
          .createQueryBuilder('share')
          .innerJoin(Funder, 'funder', 'funder.code = share.funder_code')
          .where('share.year = :year', { year: budget.year })
          .andWhere('share.project_id IN (:...projectIds)', { projectIds })
          .orderBy('funder.position', 'ASC')
          .getMany();
        return groupBy(shares, projectIds, (share) => share.projectId);
      })
      .load(budget.projectId);
  }

  @FieldResolver(() => [FundingTransfer], {
    description:
      'Money this project passes on to other projects that year; reversed transfers stay listed, marked by reversedAt.',
  })
  // A handful a year: the documents' largest is 2 (project 107 in 2019).
  @listSize(5)
  transfersOut(@Root() budget: ProjectBudget, @Ctx() { loaders }: Context) {
    return loaders
      .many(FundingTransfer, 'fromProjectId', { where: { year: budget.year } })
      .load(budget.projectId);
  }

  @FieldResolver(() => [FundingTransfer], {
    description:
      'Money other projects pass on to this one that year; reversed transfers stay listed, marked by reversedAt.',
  })
  // A handful a year: the documents' largest is 1.
  @listSize(5)
  transfersIn(@Root() budget: ProjectBudget, @Ctx() { loaders }: Context) {
    return loaders
      .many(FundingTransfer, 'toProjectId', { where: { year: budget.year } })
      .load(budget.projectId);
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
  funder(@Root() share: CostShare, @Ctx() context: Context) {
    return funderByCode(context, share.funderCode);
  }
}

@Resolver(() => FundingTransfer)
export class FundingTransferResolver {
  @FieldResolver(() => Project, { description: 'The project passing the money on.' })
  from(@Root() transfer: FundingTransfer, @Ctx() context: Context) {
    return projectById(context, transfer.fromProjectId);
  }

  @FieldResolver(() => Project, { description: 'The project receiving it.' })
  to(@Root() transfer: FundingTransfer, @Ctx() context: Context) {
    return projectById(context, transfer.toProjectId);
  }
}
