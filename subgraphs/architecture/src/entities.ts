import {
  AuditEvent,
  AuditTrail1732500000000,
  IdempotencyKeys1732600000000,
  IdempotencyRecord,
} from '@ehelse/shared/audit';
import {
  ActionPlan,
  ActionPlanMeasure,
  ActionPlanRiskFactor,
} from './action-plan/action-plan.entity';
import { EffectNode } from './effect-goal/effect-node.entity';
import {
  FellesGrunnmurContinuation,
  FellesGrunnmurImplementationModel,
  FellesGrunnmurNeeds,
  FellesGrunnmurNeedsMeasure,
  FellesGrunnmurPriority,
} from './felles-grunnmur-needs/felles-grunnmur-needs.entity';
import {
  FocusAreaPriorityGroup,
  FocusAreaPriorityMember,
} from './focus-area-priority/focus-area-priority.entity';
import { ArchitectureInitial1732400000000 } from './migrations/1732400000000-architecture-initial';
import { ArchitectureVersions1732500000100 } from './migrations/1732500000100-architecture-versions';
import { ArchitectureExactIdentifiers1732800000003 } from './migrations/1732800000003-architecture-exact-identifiers';
import { ArchitectureDocumentFacts1733200000004 } from './migrations/1733200000004-architecture-document-facts';
import {
  OneCitizenOneRecord,
  SystemArea,
  SystemAreaFunction,
  WhitePaperGoal,
} from './one-citizen-one-record/one-citizen-one-record.entity';
import {
  CandidatePrintedGroupScore,
  CandidateValue,
  PrioritisationCandidate,
  PrioritisationCriterion,
  PrioritisationRound,
} from './prioritisation/prioritisation.entity';
import {
  MeasureOrganisation,
  MeasureProject,
  ResultGoalProject,
} from './result-goal/measure-links.entity';
import { Measure } from './result-goal/measure.entity';
import { Milestone } from './result-goal/milestone.entity';
import { ResultGoal } from './result-goal/result-goal.entity';
import {
  RoadmapActivity,
  RoadmapActivityOrganisation,
  RoadmapGoal,
} from './solution-roadmap/solution-roadmap.entity';
import { Indicator, IndicatorTarget } from './strategy/indicator.entity';
import { Strategy, StrategyGoal, TargetGroupQuote } from './strategy/strategy.entity';
import { TargetPicture } from './target-picture/target-picture.entity';
import {
  WelfareTechnologyEffect,
  WelfareTechnologyExample,
  WelfareTechnologyRolloutCity,
  WelfareTechnologyRolloutWave,
} from './welfare-technology/welfare-technology-rollout.entity';
import {
  WelfareTechnologyAssignment,
  WelfareTechnologyProgramme,
} from './welfare-technology/welfare-technology.entity';

export const entities = [
  ResultGoal,
  Milestone,
  Measure,
  MeasureOrganisation,
  MeasureProject,
  ResultGoalProject,
  FocusAreaPriorityGroup,
  FocusAreaPriorityMember,
  Strategy,
  TargetGroupQuote,
  StrategyGoal,
  Indicator,
  IndicatorTarget,
  EffectNode,
  WelfareTechnologyProgramme,
  WelfareTechnologyAssignment,
  TargetPicture,
  RoadmapGoal,
  RoadmapActivity,
  RoadmapActivityOrganisation,
  PrioritisationRound,
  PrioritisationCriterion,
  PrioritisationCandidate,
  CandidateValue,
  CandidatePrintedGroupScore,
  ActionPlan,
  ActionPlanRiskFactor,
  ActionPlanMeasure,
  OneCitizenOneRecord,
  WhitePaperGoal,
  SystemArea,
  SystemAreaFunction,
  WelfareTechnologyEffect,
  WelfareTechnologyExample,
  WelfareTechnologyRolloutWave,
  WelfareTechnologyRolloutCity,
  FellesGrunnmurNeeds,
  FellesGrunnmurNeedsMeasure,
  FellesGrunnmurPriority,
  FellesGrunnmurContinuation,
  FellesGrunnmurImplementationModel,
  AuditEvent,
  IdempotencyRecord,
];

export const migrations = [
  ArchitectureInitial1732400000000,
  AuditTrail1732500000000,
  ArchitectureVersions1732500000100,
  IdempotencyKeys1732600000000,
  ArchitectureExactIdentifiers1732800000003,
  ArchitectureDocumentFacts1733200000004,
];
