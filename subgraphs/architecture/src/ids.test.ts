import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { architectureSubgraph } from './main';

/** Every object type a client cache keeps, with its id, in one request. */
const EVERYTHING = `{
  resultGoals { __typename id code milestones { __typename id code } measures { __typename id code } }
  measures(first: 100) { edges { node { __typename id code } } }
  effectAreas { __typename id code children { __typename id code children { __typename id code } } }
  focusAreaPriorities { __typename id year priority }
  prioritisationRounds {
    __typename id
    criteria { __typename id code children { __typename id code children { __typename id code } } }
    candidates { __typename id name values { __typename id criterion { code } } }
    otherSheetColumns { __typename id name values { __typename id } }
  }
  roadmapGoals { __typename id number activities { __typename id } }
  strategy {
    __typename id
    goals { __typename id number indicators { __typename id targets { __typename id step } } }
    targetGroupQuotes { __typename id }
  }
  targetPictures { __typename id number }
  welfareTechnologyProgramme { __typename id assignments { __typename id number } }
}`;

/** Every object with a __typename and an id anywhere in the result. */
function identified(value: unknown, found: { type: string; id: string }[] = []) {
  if (Array.isArray(value)) value.forEach((item) => identified(item, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.__typename && record.id !== undefined)
      found.push({ type: String(record.__typename), id: String(record.id) });
    Object.values(record).forEach((child) => identified(child, found));
  }
  return found;
}

describe.each(BACKENDS)('normalisable ids on %s', (backend) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(
      architectureSubgraph,
      await testConfig(backend, 'arch_ids'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  it('gives the code-keyed entities an id equal to their key', async () => {
    const { data } = await harness.run(`{
      resultGoal(code: "RM3") { id code milestones { id code } }
      measure(code: "RM5-T3.1") { id code }
      effectNode(code: "1.2.1") { id code }
      _entities(representations: [{ __typename: "Measure", code: "RM3-T4" }]) { ... on Measure { id } }
    }`);
    expect(data.resultGoal.id).toBe('RM3');
    expect(data.resultGoal.milestones.map((m: any) => m.id)).toEqual(
      data.resultGoal.milestones.map((m: any) => m.code),
    );
    expect(data.measure).toEqual({ id: 'RM5-T3.1', code: 'RM5-T3.1' });
    expect(data.effectNode).toEqual({ id: '1.2.1', code: '1.2.1' });
    expect(data._entities).toEqual([{ id: 'RM3-T4' }]);
  });

  it('composes ids of rows without one from their natural key', async () => {
    const { data } = await harness.run(`{
      focusAreaPriorities { id }
      strategy { id goals { id } targetGroupQuotes { id } }
      welfareTechnologyProgramme { id assignments { id } }
      prioritisationRounds { criteria { id } candidates { id name values { id criterion { code } } } }
    }`);
    expect(data.focusAreaPriorities.map((g: any) => g.id)).toEqual([
      '2020:1',
      '2020:2',
      '2020:3',
      '2020:4',
      '2020:5',
    ]);
    expect(data.strategy.id).toBe('nasjonal-e-helsestrategi');
    expect(data.strategy.goals.map((g: any) => g.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(data.strategy.targetGroupQuotes[0].id).toMatch(/^nasjonal-e-helsestrategi:\d+$/);
    expect(data.welfareTechnologyProgramme.assignments[0].id).toBe(
      `${data.welfareTechnologyProgramme.id}:1`,
    );
    const [round] = data.prioritisationRounds;
    expect(round.criteria[0].id).toMatch(/^nasjonalt-e-helserad-2022:/);
    const [pll] = round.candidates;
    expect(pll.name).toBe('PLL');
    expect(pll.id).toMatch(/^nasjonalt-e-helserad-2022:\d+$/);
    expect(pll.values[0].id).toBe(`${pll.id}:${pll.values[0].criterion.code}`);
  });

  it('keeps every id unique within its type and the same from one request to the next', async () => {
    const first = identified((await harness.run(EVERYTHING)).data);
    const second = identified((await harness.run(EVERYTHING)).data);
    expect(second).toEqual(first);

    // An object reached twice (a tiltak under its resultatmål and in the page) is one entry.
    const byType = new Map<string, Set<string>>();
    for (const { type, id } of first) byType.set(type, (byType.get(type) ?? new Set()).add(id));
    const counts = Object.fromEntries([...byType].map(([type, ids]) => [type, ids.size]));
    expect(counts).toEqual({
      ResultGoal: 7,
      Milestone: 20,
      Measure: 25,
      EffectNode: 30,
      FocusAreaPriorityGroup: 5,
      PrioritisationRound: 1,
      PrioritisationCriterion: 16,
      Candidate: 11,
      SheetColumn: 3,
      CriterionValue: expect.any(Number),
      RoadmapGoal: 6,
      RoadmapActivity: 46,
      Strategy: 1,
      StrategyGoal: 5,
      Indicator: expect.any(Number),
      IndicatorTarget: expect.any(Number),
      TargetGroupQuote: 3,
      TargetPicture: 4,
      WelfareTechnologyProgramme: 1,
      WelfareTechnologyAssignment: 5,
    });
    // Cells: one per stored candidate_value row, each with its own id.
    const cells = first.filter(({ type }) => type === 'CriterionValue');
    expect(new Set(cells.map(({ id }) => id)).size).toBe(cells.length);
  });
});
