import type { EntityManager } from 'typeorm';
import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { architectureSubgraph } from './main';
import { MeasureOrganisation, MeasureProject } from './result-goal/measure-links.entity';
import { Measure } from './result-goal/measure.entity';
import { Milestone } from './result-goal/milestone.entity';
import { ResultGoal } from './result-goal/result-goal.entity';
import {
  FellesGrunnmurContinuation,
  FellesGrunnmurPriority,
} from './felles-grunnmur-needs/felles-grunnmur-needs.entity';
import {
  SystemArea,
  SystemAreaFunction,
} from './one-citizen-one-record/one-citizen-one-record.entity';
import {
  WelfareTechnologyRolloutCity,
  WelfareTechnologyRolloutWave,
} from './welfare-technology/welfare-technology-rollout.entity';

/** An organisation dashboard: each organisation's tiltak, paged, with what a front-end shows of them. */
const ORGANISATION_MEASURES = `query($organisations: [_Any!]!, $first: Int, $last: Int) {
  _entities(representations: $organisations) {
    ... on Organisation {
      responsibleForMeasuresConnection(first: $first, last: $last) {
        totalCount
        edges { node {
          id code
          resultGoal { id code milestones { id } }
          milestone { id }
          responsibleOrganisations { id }
          implementedBy { id }
        } }
      }
    }
  }
}`;

/** The root list paged from the end, with the same nested fields. */
const LAST_MEASURES = `{
  measures(last: 30) {
    totalCount
    edges { node { code resultGoal { code measures { code } } responsibleOrganisations { id } implementedBy { id } } }
  }
}`;

const ORGANISATIONS = ['direktoratet-for-e-helse', 'norsk-helsenett-sf', 'helse-vest-rhf'].map(
  (id) => ({ __typename: 'Organisation', id }),
);
const GENERATED_MEASURES = 10;

/** A resultatmål RM8 with milestones and tiltak that the three organisations share. */
async function insertGeneratedRoadmap(manager: EntityManager) {
  await manager.insert(ResultGoal, {
    code: 'RM8',
    title: 'Generert resultatmål',
    area: 'Test',
    description: null,
    position: 8,
  });
  await manager.insert(
    Milestone,
    [1, 2].map((n) => ({
      code: `RM8-M${n}`,
      resultGoalCode: 'RM8',
      title: 'Generert milepæl',
      year: 2024,
      measuresStarted: null,
      measuresTotal: GENERATED_MEASURES,
      status: null,
      statusDerived: false,
      isNew: false,
      printedProgress: String(GENERATED_MEASURES),
      position: 100 + n,
    })),
  );
  const codes = Array.from({ length: GENERATED_MEASURES }, (_, n) => `RM8-T${n + 1}`);
  await manager.insert(
    Measure,
    codes.map((code, n) => ({
      code,
      resultGoalCode: 'RM8',
      milestoneCode: `RM8-M${(n % 2) + 1}`,
      title: 'Generert tiltak',
      responsibleOrganisationId: 'direktoratet-for-e-helse',
      responsibleText: 'Direktoratet/NHN/Helse Vest',
      isNew: false,
      note: null,
      position: 100 + n,
    })),
  );
  await manager.insert(
    MeasureOrganisation,
    codes.flatMap((measureCode) =>
      ORGANISATIONS.map(({ id }, position) => ({ measureCode, organisationId: id, position })),
    ),
  );
  await manager.insert(
    MeasureProject,
    codes.flatMap((measureCode, n) => [
      { measureCode, projectId: String(900 + n), position: 0 },
      { measureCode, projectId: '107', position: 1 },
    ]),
  );
}

describe.each(BACKENDS)('SQL statements of the tiltak connections on %s', (backend) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(
      architectureSubgraph,
      await testConfig(backend, 'arch_statements'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  // One request after the other, so each count is its own request's.
  const measure = async () => [
    await harness.run(ORGANISATION_MEASURES, { organisations: ORGANISATIONS, first: 50 }),
    await harness.run(ORGANISATION_MEASURES, { organisations: ORGANISATIONS, last: 5 }),
    await harness.run(LAST_MEASURES),
  ];

  it('does not grow with the number of tiltak, organisations per tiltak or projects', async () => {
    const [forwardsBefore, backwardsBefore, rootBefore] = await measure();
    const totals = (result: { data: any }) =>
      result.data._entities.map((o: any) => o.responsibleForMeasuresConnection.totalCount);
    expect(totals(forwardsBefore)).toEqual([12, 1, 0]);

    await harness.dataSource.transaction(insertGeneratedRoadmap);

    const [forwardsAfter, backwardsAfter, rootAfter] = await measure();
    expect(totals(forwardsAfter)).toEqual([12, 1, 0].map((n) => n + GENERATED_MEASURES));
    const generated = forwardsAfter.data._entities[0].responsibleForMeasuresConnection.edges.at(-1);
    expect(generated.node).toMatchObject({
      code: `RM8-T${GENERATED_MEASURES}`,
      resultGoal: { id: 'RM8', milestones: [{ id: 'RM8-M1' }, { id: 'RM8-M2' }] },
      responsibleOrganisations: ORGANISATIONS.map(({ id }) => ({ id })),
      implementedBy: [{ id: String(900 + GENERATED_MEASURES - 1) }, { id: '107' }],
    });
    expect(rootAfter.data.measures.totalCount).toBe(25 + GENERATED_MEASURES);

    // tiltak by organisation (one joined statement), resultatmål, their milestones,
    // the tiltak's milestones, responsible organisations, projects
    expect(forwardsBefore.statements).toBe(6);
    expect(forwardsAfter.statements).toBe(forwardsBefore.statements);
    expect(backwardsAfter.statements).toBe(backwardsBefore.statements);
    // count, page, resultatmål, their tiltak, responsible organisations, projects
    expect(rootBefore.statements).toBe(6);
    expect(rootAfter.statements).toBe(rootBefore.statements);
  });
});

/** Every new fact of issue 14 with its relations, in one request. */
const DOCUMENT_FACTS = `{
  fellesGrunnmurNeeds2020 {
    measures { code resultGoal { code } }
    priorities { area resultGoal { code measures { code } } }
    continued { text project { id } resultGoal { code } }
    implementationModels { number }
    agendaItems { id }
  }
  oneCitizenOneRecord { whitePaperGoals { number } systemAreas { name functions { letter } } }
  welfareTechnologyProgramme {
    effects { text } exampleTechnologies { name }
    rolloutWaves { name cities { name organisation { id } } }
  }
  actionPlan2013 { targetPictures { number } riskFactors { number } measures { number } }
}`;

const GENERATED = 8;
const PROGRAMME = 'velferdsteknologiprogrammet';

/** More system areas with entries, more waves with cities, more priorities and continuations. */
async function insertGeneratedFacts(manager: EntityManager) {
  const areas = Array.from({ length: GENERATED }, (_, n) => `generert-omrade-${n + 1}`);
  await manager.insert(
    SystemArea,
    areas.map((id, n) => ({
      id,
      initiativeId: 'en-innbygger-en-journal',
      position: 100 + n,
      name: 'Generert systemområde',
      partOfCoreSystem: false,
      description: null,
      remark: null,
    })),
  );
  await manager.insert(
    SystemAreaFunction,
    areas.flatMap((areaId) =>
      ['a', 'b', 'c'].map((letter) => ({ areaId, letter, text: 'Generert' })),
    ),
  );
  await manager.insert(
    WelfareTechnologyRolloutWave,
    Array.from({ length: GENERATED }, (_, n) => ({
      programmeId: PROGRAMME,
      number: 10 + n,
      name: 'Generert pulje',
    })),
  );
  await manager.insert(
    WelfareTechnologyRolloutCity,
    Array.from({ length: GENERATED }, (_, n) =>
      [1, 2, 3].map((position) => ({
        programmeId: PROGRAMME,
        waveNumber: 10 + n,
        position,
        name: 'Generert by',
        organisationId: 'bergen-kommune',
      })),
    ).flat(),
  );
  await manager.insert(
    FellesGrunnmurPriority,
    Array.from({ length: GENERATED }, (_, n) => ({
      needsId: 'felles-grunnmur-2020',
      position: 100 + n,
      area: 'Generert',
      resultGoalCode: `RM${(n % 7) + 1}`,
      items: ['Generert'],
    })),
  );
  await manager.insert(
    FellesGrunnmurContinuation,
    Array.from({ length: GENERATED }, (_, n) => ({
      needsId: 'felles-grunnmur-2020',
      position: 100 + n,
      text: 'Generert',
      projectId: String(900 + n),
      resultGoalCode: `RM${(n % 7) + 1}`,
    })),
  );
}

describe.each(BACKENDS)('SQL statements of the document facts on %s', (backend) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(
      architectureSubgraph,
      await testConfig(backend, 'arch_statements_facts'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  it('does not grow with the number of areas, waves, cities, priorities or continuations', async () => {
    const before = await harness.run(DOCUMENT_FACTS);
    expect(before.data.oneCitizenOneRecord.systemAreas).toHaveLength(10);

    await harness.dataSource.transaction(insertGeneratedFacts);

    const after = await harness.run(DOCUMENT_FACTS);
    expect(after.data.oneCitizenOneRecord.systemAreas).toHaveLength(10 + GENERATED);
    expect(after.data.oneCitizenOneRecord.systemAreas.at(-1).functions).toHaveLength(3);
    expect(after.data.welfareTechnologyProgramme.rolloutWaves).toHaveLength(2 + GENERATED);
    expect(after.data.welfareTechnologyProgramme.rolloutWaves.at(-1).cities).toHaveLength(3);
    expect(after.data.fellesGrunnmurNeeds2020.priorities).toHaveLength(4 + GENERATED);
    expect(after.data.fellesGrunnmurNeeds2020.continued).toHaveLength(3 + GENERATED);
    // At most one statement per root and relation: 4 roots; needs: tiltak links, tiltak, their
    // resultatmål, priorities, their resultatmål, those tiltak, continuations, their resultatmål,
    // models (9); goals, areas, entries (3); effects, examples, waves, cities (4); målbilder,
    // risk factors, measures (3). The three resultatmål loads share a batch when they meet in
    // one tick (22 or 23); a statement per generated row would add at least 8.
    for (const { statements } of [before, after]) {
      expect(statements).toBeGreaterThanOrEqual(21);
      expect(statements).toBeLessThanOrEqual(23);
    }
  });
});
