import { rowsBy } from '@ehelse/shared/graphql';
import { Indicator, IndicatorTarget } from './indicator.entity';
import { StrategyGoal, TargetGroupQuote } from './strategy.entity';

/** The goals of each strategy, in order. */
export const goalsByStrategy = rowsBy(StrategyGoal, 'strategyId', { order: { number: 'ASC' } });

/** The target-group quotes of each strategy, in printed order. */
export const quotesByStrategy = rowsBy(TargetGroupQuote, 'strategyId', {
  order: { position: 'ASC' },
});

/** The indicators of each strategy goal, by goal number, in printed order. */
export const indicatorsByGoal = rowsBy<Indicator, number>(Indicator, 'goalNumber', {
  order: { position: 'ASC' },
});

/** The targets of each indicator, by step. */
export const targetsByIndicator = rowsBy<IndicatorTarget, number>(IndicatorTarget, 'indicatorId', {
  order: { step: 'ASC' },
});
