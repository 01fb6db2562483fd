import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '@ehelse/shared';
import { PortfolioChallenge } from './portfolio-challenge.entity';
import { PortfolioReport } from './portfolio-report.entity';

@Resolver(() => PortfolioReport)
export class PortfolioReportResolver {
  @Query(() => PortfolioReport, {
    nullable: true,
    description: 'The portfolio report (porteføljerapport) of a year, as published.',
  })
  portfolioReport(@Arg('year', () => Int) year: number, @Ctx() { loaders }: Context) {
    return loaders.one(PortfolioReport, 'year').load(year);
  }

  @FieldResolver(() => [PortfolioChallenge], {
    description: 'The main challenges (hovedutfordringer), in the report’s order.',
  })
  challenges(@Root() report: PortfolioReport, @Ctx() { loaders }: Context) {
    return loaders.many(PortfolioChallenge, 'year', { order: { rank: 'ASC' } }).load(report.year);
  }
}
