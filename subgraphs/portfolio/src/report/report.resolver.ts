import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import { PortfolioChallenge } from './portfolio-challenge.entity';
import { PortfolioReport } from './portfolio-report.entity';
import { AgendaItemRef, agendaItemRef } from '../references/agenda-item.ref';
import {
  PortfolioChallengeWording,
  PortfolioReportPresentation,
  PortfolioRiskAssessment,
} from './report-facts.entity';
import {
  challengeWordingsByYear,
  challengesByYear,
  presentationsByYear,
  reportByYear,
  riskAssessmentByYear,
} from './report.loaders';

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

  @FieldResolver(() => [PortfolioReportPresentation], {
    description:
      'Where the report was presented (framlegg), by date: 004 (Nasjonalt e-helsestyre, 19 June 2019, Sak 22/19) and 003 (Nasjonal arena for fag- og interesseorganisasjoner, «Oktober 2019», the day 24 inferred from the same document; printed "Sak 24/19").',
  })
  // A report is presented at a few meetings: the 2019 report at 2; about twice that, 5.
  @listSize(5)
  presentations(@Root() report: PortfolioReport, @Ctx() { loaders }: Context) {
    return loaders.of(presentationsByYear).load(report.year);
  }

  @FieldResolver(() => PortfolioRiskAssessment, {
    nullable: true,
    description:
      'How probability and consequence of the main challenges were assessed (risikovurdering), as printed; null where the documents print no method.',
  })
  riskAssessment(@Root() report: PortfolioReport, @Ctx() { loaders }: Context) {
    return loaders.of(riskAssessmentByYear).load(report.year);
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

  @FieldResolver(() => [PortfolioChallengeWording], {
    description:
      'Every dated wording (ordlyd) of the challenge, oldest first: 004 of 19 June 2019, then 003 of October 2019 (served as 2019-10-24, the day inferred from the same document).',
  })
  // One per document that prints the challenges: 2 in the seed; about twice that, 5.
  @listSize(5)
  async wordings(@Root() challenge: PortfolioChallenge, @Ctx() { loaders }: Context) {
    // One statement for every challenge of the year: the loader is keyed by year.
    const wordings = await loaders.of(challengeWordingsByYear).load(challenge.year);
    return wordings.filter((wording) => wording.rank === challenge.rank);
  }
}

@Resolver(() => PortfolioReportPresentation)
export class PortfolioReportPresentationResolver {
  @FieldResolver(() => AgendaItemRef, {
    nullable: true,
    description:
      'The agenda item (sak) it was presented under, where the reference is clear (22/19 of meeting 3/19); null where it is not, as for 003’s printed "Sak 24/19".',
  })
  agendaItem(@Root() presentation: PortfolioReportPresentation) {
    return agendaItemRef(presentation.agendaItemId);
  }
}
