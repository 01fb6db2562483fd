import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import { PortfolioChallenge } from './portfolio-challenge.entity';
import { PortfolioReport } from './portfolio-report.entity';
import { challengesByYear, reportByYear } from './report.loaders';

@Resolver(() => PortfolioReport)
export class PortfolioReportResolver {
  @Query(() => PortfolioReport, {
    nullable: true,
    description:
      'The portfolio report (porteføljerapport) of a year, as published; null for a year without one.',
  })
  portfolioReport(@Arg('year', () => Int) year: number, @Ctx() { loaders }: Context) {
    return loaders.of(reportByYear).load(year);
  }

  @FieldResolver(() => ID, {
    description: 'The report year as text, e.g. "2019": one report per year.',
  })
  id(@Root() report: PortfolioReport) {
    return String(report.year);
  }

  @FieldResolver(() => [PortfolioChallenge], {
    description: 'The main challenges (hovedutfordringer), in the report’s order.',
  })
  // A report names a few: the 2019 report has 5.
  @listSize(10)
  challenges(@Root() report: PortfolioReport, @Ctx() { loaders }: Context) {
    return loaders.of(challengesByYear).load(report.year);
  }
}

@Resolver(() => PortfolioChallenge)
export class PortfolioChallengeResolver {
  @FieldResolver(() => ID, {
    description: 'Stable id: "<report year>:<position>", e.g. "2019:1".',
  })
  id(@Root() challenge: PortfolioChallenge) {
    return `${challenge.year}:${challenge.rank}`;
  }
}
