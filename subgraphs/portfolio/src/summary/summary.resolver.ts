import { Arg, Ctx, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '@ehelse/shared';
import { FocusArea } from '../focus-area/focus-area.entity';
import { focusAreaByCode } from '../focus-area/focus-area.resolver';
import { funderByCode } from '../funder/funder.resolver';
import { Organisation } from '../organisation/organisation.entity';
import { organisationById } from '../organisation/organisation.resolver';
import { Funder } from '../funder/funder.entity';
import { PortfolioReport } from '../report/portfolio-report.entity';
import {
  FocusAreaTotal,
  FunderTotal,
  OrganisationTotal,
  PhaseTotal,
  PortfolioSummary,
  StatusTotal,
} from './portfolio-summary.types';
import { budgetTotalsBy, funderTotals, focusAreaTotals, scalarTotals } from './summary.sql';

@Resolver(() => PortfolioSummary)
export class PortfolioSummaryResolver {
  @Query(() => PortfolioSummary, {
    description: 'Totals of the portfolio for a year, computed from the rows.',
  })
  portfolioSummary(@Arg('year', () => Int) year: number): PortfolioSummary {
    return { year };
  }

  @FieldResolver(() => Int, {
    description: 'Number of projects with a budget row for the year (antall prosjekter).',
  })
  async projectCount(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return (await scalarTotals(context, year)).projectCount;
  }

  @FieldResolver(() => Float, {
    description: 'Sum of all cost shares (kostnadsfordeling) in MNOK, internal transfers included.',
  })
  async grossBudget(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return (await scalarTotals(context, year)).grossBudget;
  }

  @FieldResolver(() => Float, {
    description: 'Money passed on between projects of the portfolio (interne overføringer).',
  })
  async internalTransfers(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return (await scalarTotals(context, year)).internalTransfers;
  }

  @FieldResolver(() => Float, {
    description:
      'grossBudget minus internalTransfers: the portfolio’s own money, comparable to the published total.',
  })
  async netBudget(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    const totals = await scalarTotals(context, year);
    return Math.round((totals.grossBudget - totals.internalTransfers) * 100) / 100;
  }

  @FieldResolver(() => Float, {
    description:
      'Sum of the projects’ reported yearly budgets (budsjett-kolonnen), as the rows give them.',
  })
  async budgetSum(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return (await scalarTotals(context, year)).budgetSum;
  }

  @FieldResolver(() => PortfolioReport, {
    nullable: true,
    description: 'The report as published, with its printed figures.',
  })
  published(@Root() { year }: PortfolioSummary, @Ctx() { loaders }: Context) {
    return loaders.one(PortfolioReport, 'year').load(year);
  }

  @FieldResolver(() => [FocusAreaTotal], {
    description: 'Budget per innsatsområde, in code order.',
  })
  byFocusArea(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return focusAreaTotals(context, year);
  }

  @FieldResolver(() => [FunderTotal], { description: 'Sum per funder column, in table order.' })
  byFunder(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return funderTotals(context, year);
  }

  @FieldResolver(() => [StatusTotal], { description: 'Projects and budget per status colour.' })
  byStatus(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return budgetTotalsBy(context, year, 'status');
  }

  @FieldResolver(() => [PhaseTotal], { description: 'Projects and budget per phase.' })
  byPhase(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return budgetTotalsBy(context, year, 'phase');
  }

  @FieldResolver(() => [OrganisationTotal], {
    description: 'Projects and budget per responsible organisation, largest first.',
  })
  byOrganisation(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return budgetTotalsBy(context, year, 'organisationId');
  }
}

@Resolver(() => FocusAreaTotal)
export class FocusAreaTotalResolver {
  @FieldResolver(() => FocusArea)
  focusArea(@Root() total: FocusAreaTotal, @Ctx() context: Context) {
    return focusAreaByCode(context, total.focusAreaCode);
  }
}

@Resolver(() => FunderTotal)
export class FunderTotalResolver {
  @FieldResolver(() => Funder)
  funder(@Root() total: FunderTotal, @Ctx() context: Context) {
    return funderByCode(context, total.funderCode);
  }
}

@Resolver(() => OrganisationTotal)
export class OrganisationTotalResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() total: OrganisationTotal, @Ctx() context: Context) {
    return organisationById(context, total.organisationId);
  }
}
