import { buildFederatedSchema, type Context } from '@ehelse/shared/graphql';
import { auditResolver } from '@ehelse/shared/audit';
import { ActionPlanResolver } from './action-plan/action-plan.resolver';
import { EffectNodeResolver } from './effect-goal/effect-goal.resolver';
import {
  FellesGrunnmurContinuationResolver,
  FellesGrunnmurNeedsResolver,
  FellesGrunnmurPriorityResolver,
} from './felles-grunnmur-needs/felles-grunnmur-needs.resolver';
import { FocusAreaPriorityResolver } from './focus-area-priority/focus-area-priority.resolver';
import {
  PrioritisationCriterionResolver,
  PrioritisationRoundResolver,
} from './prioritisation/prioritisation.resolver';
import {
  FocusAreaRefResolver,
  OrganisationRefResolver,
  ProjectRefResolver,
} from './references/references.resolver';
import {
  AgendaItemRef,
  FocusAreaRef,
  OrganisationRef,
  ProjectRef,
} from './references/references.types';
import {
  OneCitizenOneRecordResolver,
  SystemAreaResolver,
} from './one-citizen-one-record/one-citizen-one-record.resolver';
import { MeasureResolver } from './result-goal/measure.resolver';
import { measureByCode, resultGoalByCode } from './result-goal/result-goal.loaders';
import { ResultGoalMutations } from './result-goal/result-goal.mutations';
import { ResultGoalResolver } from './result-goal/result-goal.resolver';
import {
  RoadmapActivityResolver,
  RoadmapGoalResolver,
} from './solution-roadmap/solution-roadmap.resolver';
import {
  IndicatorResolver,
  StrategyGoalResolver,
  StrategyResolver,
} from './strategy/strategy.resolver';
import { TargetPictureResolver } from './target-picture/target-picture.resolver';
import {
  WelfareTechnologyResolver,
  WelfareTechnologyRolloutCityResolver,
  WelfareTechnologyRolloutWaveResolver,
} from './welfare-technology/welfare-technology.resolver';

const resolvers = [
  ResultGoalResolver,
  MeasureResolver,
  ProjectRefResolver,
  OrganisationRefResolver,
  FocusAreaRefResolver,
  FocusAreaPriorityResolver,
  StrategyResolver,
  StrategyGoalResolver,
  IndicatorResolver,
  EffectNodeResolver,
  WelfareTechnologyResolver,
  WelfareTechnologyRolloutWaveResolver,
  WelfareTechnologyRolloutCityResolver,
  TargetPictureResolver,
  ActionPlanResolver,
  OneCitizenOneRecordResolver,
  SystemAreaResolver,
  FellesGrunnmurNeedsResolver,
  FellesGrunnmurPriorityResolver,
  FellesGrunnmurContinuationResolver,
  RoadmapGoalResolver,
  RoadmapActivityResolver,
  PrioritisationRoundResolver,
  PrioritisationCriterionResolver,
  ResultGoalMutations,
  auditResolver('architectureAuditEvents', 'architecture'),
] as const;

export const buildArchitectureSchema = () =>
  buildFederatedSchema({
    resolvers: [...resolvers],
    orphanedTypes: [OrganisationRef, ProjectRef, FocusAreaRef, AgendaItemRef],
    references: {
      // Stubs of portfolio's entities: the key is all this subgraph needs to resolve its own fields.
      Organisation: ({ id }: Record<string, unknown>) => ({ id: String(id) }),
      Project: ({ id }: Record<string, unknown>) => ({ id: String(id) }),
      FocusArea: ({ code }: Record<string, unknown>) => ({ code: String(code) }),
      AgendaItem: ({ id }: Record<string, unknown>) => ({ id: String(id) }),
      ResultGoal: ({ code }: Record<string, unknown>, context: Context) =>
        context.loaders.of(resultGoalByCode).load(String(code)),
      Measure: ({ code }: Record<string, unknown>, context: Context) =>
        context.loaders.of(measureByCode).load(String(code)),
    },
  });
