import { FocusArea } from './focus-area/focus-area.entity';
import { StrategicArea } from './focus-area/strategic-area.entity';
import { Funder } from './funder/funder.entity';
import { Organisation } from './organisation/organisation.entity';
import { CostShare } from './project/cost-share.entity';
import { FundingTransfer } from './project/funding-transfer.entity';
import { ProjectBudget } from './project/project-budget.entity';
import { Project } from './project/project.entity';
import { PortfolioChallenge } from './report/portfolio-challenge.entity';
import { PortfolioReport } from './report/portfolio-report.entity';
import { PublishedTotal } from './report/published-total.entity';
import {
  PortfolioChallengeWording,
  PortfolioReportPresentation,
  PortfolioRiskAssessment,
} from './report/report-facts.entity';
import { DocumentText } from './documents/document-text.entity';
import { NationalInitiative } from './initiative/national-initiative.entity';
import { ActorGroup, ActorGroupMember } from './initiative/actor-map.entity';
import { SectorKeyFigure } from './sector/sector-key-figure.entity';
import {
  BenefitCase,
  BenefitCaseBaselineRow,
  BenefitCaseBenefit,
  BenefitCaseFigure,
} from './benefit-case/benefit-case.entity';
import {
  AuditEvent,
  AuditTrail1732500000000,
  IdempotencyKeys1732600000000,
  IdempotencyRecord,
} from '@ehelse/shared/audit';
import { PortfolioInitial1732300000000 } from './migrations/1732300000000-portfolio-initial';
import { StatusReports1732500000001 } from './migrations/1732500000001-status-reports';
import { FundingTransferReversal1732700000010 } from './migrations/1732700000010-funding-transfer-reversal';
import { PortfolioExactIdentifiers1732800000001 } from './migrations/1732800000001-portfolio-exact-identifiers';
import { PortfolioDocumentFacts1733200000003 } from './migrations/1733200000003-portfolio-document-facts';
import { PortfolioSummaryIndexes1733300000001 } from './migrations/1733300000001-portfolio-summary-indexes';
import { ProjectIdOrder1733400000001 } from './migrations/1733400000001-project-id-order';
import { ProjectStatusReport } from './project/status-report.entity';

export const entities = [
  Organisation,
  StrategicArea,
  FocusArea,
  Funder,
  Project,
  ProjectBudget,
  CostShare,
  FundingTransfer,
  PortfolioReport,
  PublishedTotal,
  PortfolioChallenge,
  ProjectStatusReport,
  PortfolioReportPresentation,
  PortfolioRiskAssessment,
  PortfolioChallengeWording,
  DocumentText,
  NationalInitiative,
  ActorGroup,
  ActorGroupMember,
  SectorKeyFigure,
  BenefitCase,
  BenefitCaseFigure,
  BenefitCaseBenefit,
  BenefitCaseBaselineRow,
  AuditEvent,
  IdempotencyRecord,
];

export const migrations = [
  PortfolioInitial1732300000000,
  AuditTrail1732500000000,
  StatusReports1732500000001,
  IdempotencyKeys1732600000000,
  FundingTransferReversal1732700000010,
  PortfolioExactIdentifiers1732800000001,
  PortfolioDocumentFacts1733200000003,
  PortfolioSummaryIndexes1733300000001,
  ProjectIdOrder1733400000001,
];
