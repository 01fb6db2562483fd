import { rowBy, rowsBy } from '@ehelse/shared/graphql';
import { PortfolioChallenge } from './portfolio-challenge.entity';
import { PortfolioReport } from './portfolio-report.entity';

/** The published report of a year; null for a year without one. */
export const reportByYear = rowBy<PortfolioReport, number>(PortfolioReport, 'year');

/** The main challenges of reports, by report year, in the report's order. */
export const challengesByYear = rowsBy<PortfolioChallenge, number>(PortfolioChallenge, 'year', {
  order: { rank: 'ASC' },
});
