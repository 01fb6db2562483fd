import type { EntityManager } from 'typeorm';
import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { architectureSubgraph } from './main';
import { MeasureOrganisation, MeasureProject } from './result-goal/measure-links.entity';
import { Measure } from './result-goal/measure.entity';
import { Milestone } from './result-goal/milestone.entity';
import { ResultGoal } from './result-goal/result-goal.entity';

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
