import { Arg, Ctx, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import { cost, listSize, type Context } from '@ehelse/shared/graphql';
import { FOCUS_AREAS_SIZE, FocusArea } from '../focus-area/focus-area.entity';
import { focusAreaByCode } from '../focus-area/focus-area.loaders';
import { FUNDERS_SIZE, Funder } from '../funder/funder.entity';
import { funderByCode } from '../funder/funder.loaders';
import { ORGANISATIONS_SIZE, Organisation } from '../organisation/organisation.entity';
import { organisationById } from '../organisation/organisation.loaders';
import { PortfolioReport } from '../report/portfolio-report.entity';
import { reportByYear } from '../report/report.loaders';
import { budgetTotals, funderTotals, grossBudget, internalTransfers } from './summary.loaders';
import { budgetTotalsBy, focusAreaTotals } from './summary.sql';
import {
  FocusAreaTotal,
  FunderTotal,
  OrganisationTotal,
  PhaseTotal,
  PortfolioSummary,
  StatusTotal,
} from './summary.types';

/**
 * Weights of the SQL aggregates, in rows' worth of work: the scalar totals share one
 * statement over the year's budget, cost-share and transfer rows; each grouped total is
 * a GROUP BY of its own over the year's rows.
 */
const SCALAR_TOTAL_COST = 10;
const GROUPED_TOTAL_COST = 20;
/** One row per status colour and one for projects without: four at most. */
const STATUS_TOTALS_SIZE = 4;
/** One row per phase (fase): four at most. */
const PHASE_TOTALS_SIZE = 4;

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
  @cost(SCALAR_TOTAL_COST)
  async projectCount(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return (await budgetTotals(context, year)).projectCount;
  }

  @FieldResolver(() => Float, {
    description: 'Sum of all cost shares (kostnadsfordeling) in MNOK, internal transfers included.',
  })
  @cost(SCALAR_TOTAL_COST)
  async grossBudget(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return grossBudget(context, year);
  }

  @FieldResolver(() => Float, {
    description: 'Money passed on between projects of the portfolio (interne overføringer).',
  })
  @cost(SCALAR_TOTAL_COST)
  async internalTransfers(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return internalTransfers(context, year);
  }

  @FieldResolver(() => Float, {
    description:
      'grossBudget minus internalTransfers: the portfolio’s own money, comparable to the published total.',
  })
  @cost(SCALAR_TOTAL_COST)
  async netBudget(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    const [gross, transfers] = await Promise.all([
      grossBudget(context, year),
      internalTransfers(context, year),
    ]);
    return Math.round((gross - transfers) * 100) / 100;
  }

  @FieldResolver(() => Float, {
    description:
      'Sum of the projects’ reported yearly budgets (budsjett-kolonnen), as the rows give them.',
  })
  @cost(SCALAR_TOTAL_COST)
  async budgetSum(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return (await budgetTotals(context, year)).budgetSum;
  }

  @FieldResolver(() => PortfolioReport, {
    nullable: true,
    description: 'The report as published, with its printed figures.',
  })
  published(@Root() { year }: PortfolioSummary, @Ctx() { loaders }: Context) {
    return loaders.of(reportByYear).load(year);
  }

  @FieldResolver(() => [FocusAreaTotal], {
    description: 'Budget per innsatsområde, in code order.',
  })
  @listSize(FOCUS_AREAS_SIZE)
  @cost(GROUPED_TOTAL_COST)
  byFocusArea(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return focusAreaTotals(context, year);
  }

  @FieldResolver(() => [FunderTotal], { description: 'Sum per funder column, in table order.' })
  @listSize(FUNDERS_SIZE)
  @cost(GROUPED_TOTAL_COST)
  byFunder(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return funderTotals(context, year);
  }

  @FieldResolver(() => [StatusTotal], { description: 'Projects and budget per status colour.' })
  @listSize(STATUS_TOTALS_SIZE)
  @cost(GROUPED_TOTAL_COST)
  byStatus(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return budgetTotalsBy(context, year, 'status');
  }

  @FieldResolver(() => [PhaseTotal], { description: 'Projects and budget per phase.' })
  @listSize(PHASE_TOTALS_SIZE)
  @cost(GROUPED_TOTAL_COST)
  byPhase(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return budgetTotalsBy(context, year, 'phase');
  }

  @FieldResolver(() => [OrganisationTotal], {
    description: 'Projects and budget per responsible organisation, largest first.',
  })
  @listSize(ORGANISATIONS_SIZE)
  @cost(GROUPED_TOTAL_COST)
  byOrganisation(@Root() { year }: PortfolioSummary, @Ctx() context: Context) {
    return budgetTotalsBy(context, year, 'organisationId');
  }
}

@Resolver(() => FocusAreaTotal)
export class FocusAreaTotalResolver {
  @FieldResolver(() => FocusArea, { description: 'The innsatsområde.' })
  focusArea(@Root() total: FocusAreaTotal, @Ctx() context: Context) {
    return context.loaders.of(focusAreaByCode).load(total.focusAreaCode);
  }
}

@Resolver(() => FunderTotal)
export class FunderTotalResolver {
  @FieldResolver(() => Funder, { description: 'The funder (finansiør).' })
  funder(@Root() total: FunderTotal, @Ctx() context: Context) {
    return context.loaders.of(funderByCode).load(total.funderCode);
  }
}

@Resolver(() => OrganisationTotal)
export class OrganisationTotalResolver {
  @FieldResolver(() => Organisation, {
    description: 'Responsible organisation (ansvarlig virksomhet).',
  })
  organisation(@Root() total: OrganisationTotal, @Ctx() context: Context) {
    return context.loaders.of(organisationById).load(total.organisationId);
  }
}
