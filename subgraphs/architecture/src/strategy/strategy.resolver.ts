import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import { Indicator, IndicatorTarget } from './indicator.entity';
import { Strategy, StrategyGoal, TargetGroupQuote } from './strategy.entity';
import {
  goalsByStrategy,
  indicatorsByGoal,
  quotesByStrategy,
  targetsByIndicator,
} from './strategy.loaders';

@Resolver(() => Strategy)
export class StrategyResolver {
  @Query(() => Strategy, {
    nullable: true,
    description: 'The national e-health strategy (nasjonal e-helsestrategi), sak 36/22.',
  })
  strategy(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(Strategy).findOne({ where: {}, order: { id: 'ASC' } });
  }

  @FieldResolver(() => [StrategyGoal], { description: 'Its five goals (mål), in order.' })
  // Fixed by the strategy document: 5 goals.
  @listSize(10)
  goals(@Root() strategy: Strategy, @Ctx() context: Context) {
    return context.loaders.of(goalsByStrategy).load(strategy.id);
  }

  @FieldResolver(() => [TargetGroupQuote], {
    description: 'Voices of the target groups (sitater), in printed order.',
  })
  // Fixed by the strategy document: 3 quotes.
  @listSize(10)
  targetGroupQuotes(@Root() strategy: Strategy, @Ctx() context: Context) {
    return context.loaders.of(quotesByStrategy).load(strategy.id);
  }
}

@Resolver(() => StrategyGoal)
export class StrategyGoalResolver {
  @Query(() => [StrategyGoal], {
    description: 'The five goals (mål) of the national e-health strategy, in order.',
  })
  // Fixed by the strategy document: 5 goals.
  @listSize(10)
  strategyGoals(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(StrategyGoal).find({ order: { number: 'ASC' } });
  }

  @FieldResolver(() => [Indicator], {
    description: 'Its målindikatorer; only goal 1 has (example) indicators.',
  })
  // Fixed by the strategy document: at most 3 per goal.
  @listSize(10)
  indicators(@Root() goal: StrategyGoal, @Ctx() context: Context) {
    return context.loaders.of(indicatorsByGoal).load(goal.number);
  }
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => [IndicatorTarget], { description: 'Its targets (målverdier), by step.' })
  // Fixed by the plan's steps: at most 4 per indicator.
  @listSize(10)
  targets(@Root() indicator: Indicator, @Ctx() context: Context) {
    return context.loaders.of(targetsByIndicator).load(indicator.id);
  }
}
