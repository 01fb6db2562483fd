import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { groupBy, type Context } from '@ehelse/shared';
import { Funder } from '../funder/funder.entity';
import { funderByCode } from '../funder/funder.resolver';
import { CostShare } from './cost-share.entity';
import { FundingTransfer } from './funding-transfer.entity';
import { ProjectBudget } from './project-budget.entity';
import { Project } from './project.entity';
import { projectById } from './project.resolver';

@Resolver(() => ProjectBudget)
export class ProjectBudgetResolver {
  @FieldResolver(() => [CostShare], {
    description: 'Cost distribution per funder (kostnadsfordeling), in column order.',
  })
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
    description: 'Money this project passes on to other projects that year.',
  })
  transfersOut(@Root() budget: ProjectBudget, @Ctx() { loaders }: Context) {
    return loaders
      .many(FundingTransfer, 'fromProjectId', { where: { year: budget.year } })
      .load(budget.projectId);
  }

  @FieldResolver(() => [FundingTransfer], {
    description: 'Money other projects pass on to this one that year.',
  })
  transfersIn(@Root() budget: ProjectBudget, @Ctx() { loaders }: Context) {
    return loaders
      .many(FundingTransfer, 'toProjectId', { where: { year: budget.year } })
      .load(budget.projectId);
  }
}

@Resolver(() => CostShare)
export class CostShareResolver {
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
