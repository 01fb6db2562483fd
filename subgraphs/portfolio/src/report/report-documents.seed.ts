import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import { PortfolioReport } from './portfolio-report.entity';
import {
  PortfolioChallengeWording,
  PortfolioReportPresentation,
  PortfolioRiskAssessment,
} from './report-facts.entity';

interface ReportDocumentsFile {
  year: number;
  lastUpdated: string;
  presentations: {
    document: string;
    date: string;
    printedReference: string;
    agendaItemId: string | null;
    lines: string;
    note: string | null;
  }[];
  riskAssessment: Omit<PortfolioRiskAssessment, 'year' | 'id'>;
  challengeWordings: {
    document: string;
    date: string;
    lines: string;
    from: 'description' | 'descriptionJune2019';
  }[];
}
interface ReportChallenges {
  challenges: { rank: number; description: string; descriptionJune2019: string }[];
}

/**
 * Documents 003 and 004 on the 2019 report: its dating, presentations, risk method and the
 * dated wordings of its challenges (data/report-documents.json; the texts from report.json).
 */
export async function seedReportDocuments(manager: EntityManager) {
  const file = dataFile<ReportDocumentsFile>('report-documents.json');
  const { challenges } = dataFile<ReportChallenges>('report.json');
  // A correction of the row the first dataset inserted: idempotent, for existing databases too.
  await manager.update(PortfolioReport, { year: file.year }, { lastUpdated: file.lastUpdated });
  await manager.insert(
    PortfolioReportPresentation,
    file.presentations.map(({ date, ...presentation }, index) => ({
      year: file.year,
      position: index + 1,
      presentedOn: date,
      ...presentation,
    })),
  );
  await manager.insert(PortfolioRiskAssessment, { year: file.year, ...file.riskAssessment });
  await manager.insert(
    PortfolioChallengeWording,
    file.challengeWordings.flatMap(({ document, date, lines, from }) =>
      challenges.map((challenge) => ({
        year: file.year,
        rank: challenge.rank,
        document,
        date,
        lines,
        text: challenge[from],
      })),
    ),
  );
}
