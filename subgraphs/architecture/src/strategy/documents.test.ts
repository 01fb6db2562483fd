import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { architectureSubgraph } from '../main';

describe.each(BACKENDS)('strategy documents on %s', (backend) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(
      architectureSubgraph,
      await testConfig(backend, 'arch_documents'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  it('serves the 2022 strategy: vision, three aims, target groups and five goals with indicators', async () => {
    const { data, statements } = await harness.run(`{
      strategy { title vision aims targetGroups indicatorNote targetGroupQuotes { targetGroup quote }
        goals { number title printedTitle indicators { name unit baseline printedBaseline isExample introducedAtStep
          targets { step year value printed } } } }
    }`);
    const strategy = data.strategy;
    expect(strategy.title).toBe('Nasjonal e-helsestrategi');
    expect(strategy.vision).toBe(
      'Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring',
    );
    expect(strategy.aims).toEqual([
      'Bærekraftig helse- og omsorgssektor',
      'Innovasjonskraft i sektoren',
      'Kvalitet og sammenheng i tjenestene',
    ]);
    expect(strategy.targetGroups).toHaveLength(10);
    expect(strategy.targetGroups.slice(0, 2)).toEqual(['Helsepersonell', 'Innbygger']);
    expect(strategy.targetGroupQuotes.map((q: any) => q.targetGroup)).toEqual([
      'Helsepersonell',
      null,
      'Innbygger',
    ]);
    expect(strategy.goals.map((g: any) => [g.number, g.title])).toEqual([
      [1, 'Aktiv medvirkning i egen og næres helse'],
      [2, 'Enklere arbeidshverdag'],
      [3, 'Helsedata til fornying og forbedring'],
      [4, 'Tilgjengelig informasjon og styrket samhandling'],
      [5, 'Samarbeid og virkemidler som styrker gjennomføringskraft'],
    ]);
    const [first, second, third] = strategy.goals[0].indicators;
    expect(first).toMatchObject({
      name: 'Målindikator 1',
      unit: '%',
      baseline: 18,
      printedBaseline: '18 %',
      isExample: true,
    });
    expect(first.targets.map((t: any) => [t.step, t.value, t.printed, t.year])).toEqual([
      [1, 40, '40 %', null],
      [2, 75, '75 %', null],
      [3, 90, '90 %', null],
      [4, 95, '95 %', null],
    ]);
    expect(second).toMatchObject({ baseline: 72 });
    expect(second.targets.map((t: any) => t.value)).toEqual([100, 200, 350, 360]);
    expect(third).toMatchObject({ unit: 'av 7', baseline: null, introducedAtStep: 2 });
    expect(third.targets.map((t: any) => t.printed)).toEqual(['3/7', '4/7', '5/7']);
    expect(strategy.goals.slice(1).every((g: any) => g.indicators.length === 0)).toBe(true);
    // strategy, quotes, goals, indicators, targets
    expect(statements).toBe(5);
  });

  it('serves the CONTRACT shape StrategyGoal { number title indicators { name baseline targets } }', async () => {
    const { data } = await harness.run(
      `{ strategyGoals { number title indicators { name baseline targets { value } } } }`,
    );
    expect(data.strategyGoals).toHaveLength(5);
    expect(data.strategyGoals[0].indicators.map((i: any) => [i.name, i.baseline])).toEqual([
      ['Målindikator 1', 18],
      ['Målindikator 2', 72],
      ['Målindikator 3', null],
    ]);
  });

  it('rebuilds the effect-goal tree of "Én innbygger – én journal": 2 areas, 8 effects, 20 effect goals', async () => {
    const { data, statements } = await harness.run(`{
      effectAreas { code name kind children { code name kind children { code name kind } } }
      node: effectNode(code: "1.2.1") { name parent { code name parent { code } } }
    }`);
    const effects = data.effectAreas.flatMap((a: any) => a.children);
    const goals = effects.flatMap((e: any) => e.children);
    expect(data.effectAreas.map((a: any) => [a.code, a.name, a.kind])).toEqual([
      ['1', 'Bedre helse, økt pasientsikkerhet og kvalitet', 'EFFECT_AREA'],
      ['2', 'Bedre utnyttelse av kapasitet og ressurser', 'EFFECT_AREA'],
    ]);
    expect(effects).toHaveLength(8);
    expect(goals).toHaveLength(20);
    expect(goals.every((g: any) => g.kind === 'EFFECT_GOAL')).toBe(true);
    expect(goals.map((g: any) => g.code).slice(-2)).toEqual(['2.4.1', '2.4.2']);
    expect(data.node).toEqual({
      name: 'Omfang av feil, svikt og skader',
      parent: { code: '1.2', name: 'Kvalitet i helsehjelp og forebygging', parent: { code: '1' } },
    });
    // roots, children, grandchildren, the node, its parent, its grandparent
    expect(statements).toBe(6);
  });

  it('serves the welfare technology programme with its five assignments and portfolio project', async () => {
    const { data } = await harness.run(
      `{ welfareTechnologyProgramme { name technologyCategories project { id } assignments { number title mainGoal } } }`,
    );
    const programme = data.welfareTechnologyProgramme;
    expect(programme.name).toBe('Velferdsteknologiprogrammet');
    expect(programme.project).toEqual({ id: '5' });
    expect(programme.technologyCategories).toHaveLength(4);
    expect(programme.assignments.map((a: any) => a.number)).toEqual([1, 2, 3, 4, 5]);
    expect(programme.assignments[1]).toEqual({
      number: 2,
      title: 'Avstandsoppfølging av personer med kroniske sykdommer',
      mainGoal: 'Gi personer med kroniske sykdommer bedre mulighet til å mestre egen sykdom',
    });
  });

  it('serves the four målbilder of "Handlingsplan mot 2013", corrected and as printed', async () => {
    const { data } = await harness.run(
      `{ targetPictures { number title description descriptionAsPrinted } }`,
    );
    expect(data.targetPictures.map((p: any) => p.title)).toEqual([
      'Tilgang til pasientopplysninger',
      'Elektronisk informasjonsutveksling',
      'Møte pasient og bruker på nett',
      'Kunnskap til helsepersonell',
    ]);
    expect(data.targetPictures[1].description).toContain('skal skje elektronisk');
    expect(data.targetPictures[1].descriptionAsPrinted).toContain('kal skje elektronisk');
  });

  it('serves the 2023 roadmap for national e-health solutions: 6 goals, 46 activities per actor with periods', async () => {
    const { data, statements } = await harness.run(`{
      roadmapGoals { number title objective activities { sector actorText organisation { id } organisations { id } activity periodFrom periodTo periodText } }
    }`);
    const goals = data.roadmapGoals;
    expect(goals.map((g: any) => g.activities.length)).toEqual([14, 7, 7, 4, 3, 11]);
    expect(goals[0]).toMatchObject({
      title: 'Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)',
      objective: 'Fullføre nasjonal innføring i løpet av 2028.',
    });
    expect(goals[0].activities[0]).toEqual({
      sector: 'Primærhelsetjenesten',
      actorText: 'Fastleger',
      organisation: null,
      organisations: [],
      activity: 'Videre innføring av E-multidose',
      periodFrom: 2021,
      periodTo: 2024,
      periodText: '2021 → 2024',
    });
    expect(goals[0].activities[13]).toMatchObject({
      actorText: 'Direktoratet for e-helse / NHN',
      organisation: { id: 'direktoratet-for-e-helse' },
      organisations: [{ id: 'direktoratet-for-e-helse' }, { id: 'norsk-helsenett-sf' }],
      periodFrom: 2023,
      periodTo: 2028,
    });
    // goals, activities, activity organisations
    expect(statements).toBe(3);
  });

  it('filters and pages the roadmap activities', async () => {
    const { data } = await harness.run(`{
      all: roadmapActivities(first: 5) { totalCount edges { node { id goal { number } } } pageInfo { hasNextPage } }
      helseVest: roadmapActivities(filter: { organisationId: "helse-vest-rhf" }) { totalCount edges { node { activity periodText } } }
      nhn: roadmapActivities(filter: { organisationId: "norsk-helsenett-sf", goalNumbers: [1] }) { totalCount }
    }`);
    expect(data.all.totalCount).toBe(46);
    expect(data.all.edges.map((e: any) => e.node.id)).toEqual([1, 2, 3, 4, 5]);
    expect(data.all.pageInfo.hasNextPage).toBe(true);
    expect(data.helseVest.edges[0].node).toEqual({
      activity: 'Fullføre utprøving av pasientens legemiddelliste i Helse Bergen',
      periodText: '→ 2023',
    });
    expect(data.nhn.totalCount).toBe(1);
  });

  it('serves the 2020 prioritisation of the 14 innsatsområder in five groups, also on FocusArea', async () => {
    const { data } = await harness.run(`{
      focusAreaPriorities(year: 2020) { year priority name focusAreas { code } }
      none: focusAreaPriorities(year: 2019) { name }
    }`);
    expect(
      data.focusAreaPriorities.map((g: any) => [
        g.priority,
        g.name,
        g.focusAreas.map((f: any) => f.code),
      ]),
    ).toEqual([
      [1, 'Legemiddelområdet', ['1.2', '2.2']],
      [2, 'Samhandlingsløsninger', ['1.1', '2.1', '5.1']],
      [3, 'Informasjonssikkerhet', ['6.3']],
      [4, 'Gjennomføring/Operasjonalisering', ['5.2', '6.1', '6.2']],
      [5, 'Kvalitet og tjenesteutvikling', ['3.1', '3.2', '4.1', '4.2', '4.3']],
    ]);
    expect(data.none).toEqual([]);
    const entities =
      await harness.run(`{ _entities(representations: [{ __typename: "FocusArea", code: "5.1" }, { __typename: "FocusArea", code: "9.9" }]) {
      ... on FocusArea { code priorityGroups { year priority name } } } }`);
    expect(entities.data._entities).toEqual([
      { code: '5.1', priorityGroups: [{ year: 2020, priority: 2, name: 'Samhandlingsløsninger' }] },
      { code: '9.9', priorityGroups: [] },
    ]);
    expect(entities.statements).toBe(1);
  });
});
