import { rowsBy, type Context } from '@ehelse/shared/graphql';
import { Indicator, IndicatorTarget } from './indicator.entity';
import { StrategyGoal, TargetGroupQuote } from './strategy.entity';

const goalsOfStrategyLoader = rowsBy(StrategyGoal, 'strategyId', { order: { number: 'ASC' } });
const quotesOfStrategyLoader = rowsBy(TargetGroupQuote, 'strategyId', {
  order: { position: 'ASC' },
});
const indicatorsOfGoalLoader = rowsBy<Indicator, number>(Indicator, 'goalNumber', {
  order: { position: 'ASC' },
});
const targetsOfIndicatorLoader = rowsBy<IndicatorTarget, number>(IndicatorTarget, 'indicatorId', {
  order: { step: 'ASC' },
});

export const goalsOfStrategy = (context: Context, strategyId: string) =>
  context.loaders.of(goalsOfStrategyLoader).load(strategyId);

export const quotesOfStrategy = (context: Context, strategyId: string) =>
  context.loaders.of(quotesOfStrategyLoader).load(strategyId);

export const indicatorsOfGoal = (context: Context, goalNumber: number) =>
  context.loaders.of(indicatorsOfGoalLoader).load(goalNumber);

export const targetsOfIndicator = (context: Context, indicatorId: number) =>
  context.loaders.of(targetsOfIndicatorLoader).load(indicatorId);
