import { rowBy, rowsBy } from '@ehelse/shared/graphql';
import { PortfolioChallenge } from './portfolio-challenge.entity';
import { PortfolioReport } from './portfolio-report.entity';
import {
  PortfolioChallengeWording,
  PortfolioReportPresentation,
  PortfolioRiskAssessment,
} from './report-facts.entity';

/** The published report of a year; null for a year without one. */
export const reportByYear = rowBy<PortfolioReport, number>(PortfolioReport, 'year');

/** The main challenges of reports, by report year, in the report's order. */
export const challengesByYear = rowsBy<PortfolioChallenge, number>(PortfolioChallenge, 'year', {
  order: { rank: 'ASC' },
});

/** Where each year's report was presented, in date order. */
export const presentationsByYear = rowsBy<PortfolioReportPresentation, number>(
  PortfolioReportPresentation,
  'year',
  { order: { position: 'ASC' } },
);

/** The risk method of each year's report; null for a year without one. */
export const riskAssessmentByYear = rowBy<PortfolioRiskAssessment, number>(
  PortfolioRiskAssessment,
  'year',
);

/** Every wording of the challenges of the given years, oldest first. */
export const challengeWordingsByYear = rowsBy<PortfolioChallengeWording, number>(
  PortfolioChallengeWording,
  'year',
  { order: { date: 'ASC', rank: 'ASC' } },
);
