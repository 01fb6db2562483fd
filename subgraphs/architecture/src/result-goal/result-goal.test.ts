import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { architectureSubgraph } from '../main';
import { MeasureOrganisation, MeasureProject } from './measure-links.entity';
import { Measure } from './measure.entity';
import { Milestone } from './milestone.entity';
import { ResultGoal } from './result-goal.entity';

const ROADMAP = `{
  resultGoals {
    code title area
    milestones { code title year measuresStarted measuresTotal status statusDerived isNew printedProgress }
    measures { code title responsibleText isNew responsible { id } responsibleOrganisations { id } implementedBy { id } }
    implementedBy { id }
  }
}`;

describe.each(BACKENDS)('Felles grunnmur roadmap on %s', (backend) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(
      architectureSubgraph,
      await testConfig(backend, 'arch_result_goals'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  it('has the 7 resultatmål, 20 milestones and 25 tiltak of the plan', async () => {
    const { data } = await harness.run(ROADMAP);
    const goals = data.resultGoals;
    expect(goals.map((g: any) => g.code)).toEqual([
      'RM1',
      'RM2',
      'RM3',
      'RM4',
      'RM5',
      'RM6',
      'RM7',
    ]);
    expect(goals.flatMap((g: any) => g.milestones)).toHaveLength(20);
    expect(goals.flatMap((g: any) => g.measures)).toHaveLength(25);
    expect(goals.map((g: any) => [g.milestones.length, g.measures.length])).toEqual([
      [1, 2],
      [2, 2],
      [4, 9],
      [3, 3],
      [4, 8],
      [4, 0],
      [2, 1],
    ]);
  });

  it('keeps the printed milestone values, with status derived from started/total', async () => {
    const { data } = await harness.run(ROADMAP);
    const milestones = new Map<string, any>(
      data.resultGoals.flatMap((g: any) => g.milestones).map((m: any) => [m.code, m]),
    );
    expect(milestones.get('RM3-M1')).toEqual({
      code: 'RM3-M1',
      title: 'Felles krav og retningslinjer for dokumentdeling er publisert',
      year: 2019,
      measuresStarted: 1,
      measuresTotal: 4,
      status: 'YELLOW',
      statusDerived: true,
      isNew: false,
      printedProgress: '1/4',
    });
    expect(milestones.get('RM1-M1')).toMatchObject({
      measuresStarted: 2,
      measuresTotal: 2,
      status: 'GREEN',
    });
    expect(milestones.get('RM2-M2')).toMatchObject({
      title: 'HelseID er en skalerbar tjeneste',
      year: 2020,
      measuresStarted: null,
      measuresTotal: 1,
      status: null,
      isNew: true,
    });
    expect(milestones.get('RM4-M3')).toMatchObject({ year: 2022, measuresTotal: 1 });
    expect(milestones.get('RM7-M2')).toMatchObject({ year: 2022, measuresTotal: 2 });
    const byStatus = [...milestones.values()].reduce<Record<string, number>>((count, m) => {
      count[m.status ?? 'none'] = (count[m.status ?? 'none'] ?? 0) + 1;
      return count;
    }, {});
    expect(byStatus).toEqual({ GREEN: 7, YELLOW: 3, none: 10 });
  });

  it('links tiltak to organisation and project stubs: "?" is null, "Direktoratet/NHN" names both', async () => {
    const { data } = await harness.run(ROADMAP);
    const measures = new Map<string, any>(
      data.resultGoals.flatMap((g: any) => g.measures).map((m: any) => [m.code, m]),
    );
    expect(measures.get('RM2-T1')).toMatchObject({
      title: 'Innføre prioriterte e-helsestandarder for å oppnå enhetlig meldingsutveksling',
      responsibleText: 'Direktoratet/NHN',
      responsible: { id: 'direktoratet-for-e-helse' },
      responsibleOrganisations: [{ id: 'direktoratet-for-e-helse' }, { id: 'norsk-helsenett-sf' }],
    });
    expect(measures.get('RM2-T2')).toMatchObject({
      title: 'Videreutvikling og bredning HelseID',
      responsibleText: '?',
      responsible: null,
      responsibleOrganisations: [],
      isNew: true,
    });
    expect(measures.get('RM5-T1')).toMatchObject({
      responsibleText: 'MF Helse',
      implementedBy: [{ id: '100' }],
    });
    expect(measures.get('RM5-T8')).toMatchObject({
      responsible: null,
      implementedBy: [{ id: '178' }],
      isNew: true,
    });
    const unassigned = [...measures.values()]
      .filter((m) => m.responsible === null)
      .map((m) => m.code);
    expect(unassigned).toEqual([
      'RM2-T2',
      'RM3-T2',
      'RM3-T3',
      'RM3-T4',
      'RM3-T5',
      'RM3-T7',
      'RM3-T8',
      'RM3-T9',
      'RM4-T5',
      'RM5-T3.2',
      'RM5-T4',
      'RM5-T6',
      'RM5-T8',
    ]);
    expect(data.resultGoals.find((g: any) => g.code === 'RM6').implementedBy).toEqual([
      { id: '47' },
    ]);
  });

  it('resolves a tiltak by code with its inferred milestone and resultatmål', async () => {
    const { data } =
      await harness.run(`{ measure(code: "RM3-T4") { title milestone { code } resultGoal { code title } }
      none: measure(code: "RM9-T1") { code } unplaced: measure(code: "RM3-T2") { milestone { code } } }`);
    expect(data.measure).toEqual({
      title: 'Etablere og videreutvikle felleskomponenter for dokumentdeling',
      milestone: { code: 'RM3-M3' },
      resultGoal: { code: 'RM3', title: 'Dokumentdeling er en standardisert samhandlingsform' },
    });
    expect(data.none).toBeNull();
    expect(data.unplaced.milestone).toBeNull();
  });

  it('contributes Project.measures and Organisation.responsibleForMeasures to the portfolio entities', async () => {
    const { data, statements } = await harness.run(`{
      _entities(representations: [
        { __typename: "Project", id: "100" }, { __typename: "Project", id: "178" }, { __typename: "Project", id: "5" },
        { __typename: "Organisation", id: "direktoratet-for-e-helse" }, { __typename: "Organisation", id: "norsk-helsenett-sf" }
      ]) {
        ... on Project { id measures { code } }
        ... on Organisation { id responsibleForMeasures { code } }
      }
    }`);
    const [mfHelse, risikoloft, velferd, directorate, nhn] = data._entities;
    expect(mfHelse.measures.map((m: any) => m.code)).toEqual(['RM5-T1', 'RM5-T3.1']);
    expect(risikoloft.measures.map((m: any) => m.code)).toEqual(['RM5-T8']);
    expect(velferd.measures).toEqual([]);
    expect(directorate.responsibleForMeasures.map((m: any) => m.code)).toEqual([
      'RM1-T3',
      'RM1-T4',
      'RM2-T1',
      'RM3-T1',
      'RM3-T6',
      'RM4-T1',
      'RM4-T4',
      'RM5-T1',
      'RM5-T2',
      'RM5-T3.1',
      'RM5-T7',
      'RM7-T5',
    ]);
    expect(nhn.responsibleForMeasures.map((m: any) => m.code)).toEqual(['RM2-T1']);
    expect(statements).toBe(2); // one joined statement per contributed field, for all keys
  });

  it('pages and filters tiltak as a Relay connection', async () => {
    const { data } = await harness.run(`{
      page: measures(first: 10) { totalCount edges { node { code } } pageInfo { hasNextPage endCursor } }
      rm5: measures(filter: { resultGoalCodes: ["RM5"], unassigned: true }) { totalCount edges { node { code } } }
      nhn: measures(filter: { responsibleOrganisationId: "norsk-helsenett-sf" }) { totalCount }
    }`);
    expect(data.page.totalCount).toBe(25);
    expect(data.page.edges).toHaveLength(10);
    expect(data.page.pageInfo.hasNextPage).toBe(true);
    const next = await harness.run(
      `query($after: String) { measures(first: 100, after: $after) { edges { node { code } } pageInfo { hasNextPage } } }`,
      {
        after: data.page.pageInfo.endCursor,
      },
    );
    expect(next.data.measures.edges).toHaveLength(15);
    expect(next.data.measures.edges[0].node.code).toBe('RM3-T7');
    expect(data.rm5.edges.map((e: any) => e.node.code)).toEqual([
      'RM5-T3.2',
      'RM5-T4',
      'RM5-T6',
      'RM5-T8',
    ]);
    expect(data.nhn.totalCount).toBe(1);
    const tooMany = await harness
      .run(`{ measures(first: 1000) { totalCount } }`)
      .catch((error: Error) => error.message);
    expect(tooMany).toMatch(/first must be between 0 and/);
  });

  it('issues a fixed number of SQL statements for the roadmap, whatever the number of rows', async () => {
    const contractShape = `{ resultGoals { milestones { code } measures { code responsible { id } implementedBy { id } } } }`;
    const brief = await harness.run(contractShape);
    expect(brief.statements).toBe(4); // goals, milestones, measures, measure projects
    const before = await harness.run(ROADMAP);
    // goals, milestones, measures, measure organisations, measure projects, goal projects
    expect(before.statements).toBe(6);
    await harness.dataSource.transaction(async (manager) => {
      await manager.insert(ResultGoal, {
        code: 'RM8',
        title: 'Test',
        area: 'Test',
        description: null,
        position: 8,
      });
      await manager.insert(
        Milestone,
        [1, 2, 3].map((n) => ({
          code: `RM8-M${n}`,
          resultGoalCode: 'RM8',
          title: 'Test',
          year: 2024,
          measuresStarted: null,
          measuresTotal: 1,
          status: null,
          statusDerived: false,
          isNew: false,
          printedProgress: '1',
          position: 100 + n,
        })),
      );
      const codes = [1, 2, 3, 4, 5].map((n) => `RM8-T${n}`);
      await manager.insert(
        Measure,
        codes.map((code, n) => ({
          code,
          resultGoalCode: 'RM8',
          milestoneCode: null,
          title: 'Test',
          responsibleOrganisationId: 'helse-vest-rhf',
          responsibleText: 'Helse Vest',
          isNew: false,
          note: null,
          position: 100 + n,
        })),
      );
      await manager.insert(
        MeasureOrganisation,
        codes.map((measureCode) => ({
          measureCode,
          organisationId: 'helse-vest-rhf',
          position: 0,
        })),
      );
      await manager.insert(
        MeasureProject,
        codes.map((measureCode, n) => ({ measureCode, projectId: String(900 + n), position: 0 })),
      );
    });
    try {
      const after = await harness.run(ROADMAP);
      expect(after.data.resultGoals).toHaveLength(8);
      expect(after.data.resultGoals[7].measures).toHaveLength(5);
      expect(after.statements).toBe(before.statements);
      expect((await harness.run(contractShape)).statements).toBe(brief.statements);
    } finally {
      await harness.dataSource.transaction(async (manager) => {
        await manager.query(`DELETE FROM measure_project WHERE measure_code LIKE 'RM8-%'`);
        await manager.query(`DELETE FROM measure_organisation WHERE measure_code LIKE 'RM8-%'`);
        await manager.query(`DELETE FROM measure WHERE result_goal_code = 'RM8'`);
        await manager.query(`DELETE FROM milestone WHERE result_goal_code = 'RM8'`);
        await manager.query(`DELETE FROM result_goal WHERE code = 'RM8'`);
      });
    }
  });
});
