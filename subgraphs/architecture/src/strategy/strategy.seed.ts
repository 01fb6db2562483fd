import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import { Indicator, IndicatorTarget } from './indicator.entity';
import { Strategy, StrategyGoal, TargetGroupQuote } from './strategy.entity';

interface StrategyFile {
  title: string;
  vision: string;
  aims: string[];
  targetGroups: string[];
  targetGroupQuotes: { targetGroup: string | null; quote: string; note?: string }[];
  goals: {
    number: number;
    title: string;
    printedTitle: string;
    indicators: {
      name: string;
      unit: string | null;
      baseline: number | null;
      baselineYear: number | null;
      printedBaseline: string | null;
      isExample: boolean;
      introducedAtStep?: number;
      targets: { step: number; year: number | null; value: number; printed: string }[];
    }[];
  }[];
  indicatorExampleNote: string | null;
}

const STRATEGY_ID = 'nasjonal-e-helsestrategi';

export async function seedStrategy(manager: EntityManager) {
  const strategy = dataFile<StrategyFile>('strategy.json');
  await manager.insert(Strategy, {
    id: STRATEGY_ID,
    title: strategy.title,
    vision: strategy.vision,
    aims: strategy.aims,
    targetGroups: strategy.targetGroups,
    indicatorNote: strategy.indicatorExampleNote,
  });
  await manager.insert(
    TargetGroupQuote,
    strategy.targetGroupQuotes.map((q, position) => ({
      strategyId: STRATEGY_ID,
      position,
      targetGroup: q.targetGroup,
      quote: q.quote,
      note: q.note ?? null,
    })),
  );
  await manager.insert(
    StrategyGoal,
    strategy.goals.map(({ number, title, printedTitle }) => ({
      number,
      title,
      printedTitle,
      strategyId: STRATEGY_ID,
    })),
  );
  const indicators = strategy.goals.flatMap((goal) =>
    goal.indicators.map((indicator, position) => ({
      goalNumber: goal.number,
      position,
      indicator,
    })),
  );
  if (!indicators.length) return;
  await manager.insert(
    Indicator,
    indicators.map(({ goalNumber, position, indicator }, index) => ({
      id: index + 1,
      goalNumber,
      position,
      name: indicator.name,
      unit: indicator.unit,
      baseline: indicator.baseline,
      baselineYear: indicator.baselineYear,
      printedBaseline: indicator.printedBaseline,
      isExample: indicator.isExample,
      introducedAtStep: indicator.introducedAtStep ?? null,
    })),
  );
  await manager.insert(
    IndicatorTarget,
    indicators.flatMap(({ indicator }, index) =>
      indicator.targets.map((target) => ({ ...target, indicatorId: index + 1 })),
    ),
  );
}
