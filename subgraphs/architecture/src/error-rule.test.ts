import {
  BACKENDS,
  describeRoleBeforeInput,
  expectMalformedRefusedBeforeTheKey,
  type Harness,
  openHarness,
  testConfig,
} from '@ehelse/test-kit';
import { architectureSubgraph } from './main';

const UPDATE_MILESTONE = `mutation($input: UpdateMilestoneStatusInput!) {
  updateMilestoneStatus(input: $input) { code version }
}`;
const ASSIGN_MEASURE = `mutation($input: AssignMeasureResponsibleInput!) {
  assignMeasureResponsible(input: $input) { code version }
}`;

/*
 * One rule across the subgraphs: a missing read target is null, a missing id inside a
 * filter or input is BAD_USER_INPUT naming the field, a missing write target is
 * NOT_FOUND (the mutations' side is in result-goal/result-goal.mutations.test.ts). A write
 * checks the caller's role before its input, and refuses bad input before any SQL statement,
 * so before its Idempotency-Key is looked up: BAD_USER_INPUT, never CONFLICT.
 */
describe.each(BACKENDS)('the error rule on %s', (backend) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(
      architectureSubgraph,
      await testConfig(backend, 'arch_error_rule'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  const errorOf = async (query: string) => {
    const { result } = await harness.execute(query);
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors!;
    return { code: error.extensions.code, field: error.extensions.field, message: error.message };
  };

  it('answers null for a missing read target', async () => {
    const { data } = await harness.run(`{
      measure(code: "RM9-T1") { code }
      resultGoal(code: "RM9") { code }
      effectNode(code: "9.9") { code }
      prioritisationRound(id: "nope") { id }
      _entities(representations: [
        { __typename: "Measure", code: "RM9-T1" }, { __typename: "ResultGoal", code: "RM9" }
      ]) { __typename }
    }`);
    expect(data).toEqual({
      measure: null,
      resultGoal: null,
      effectNode: null,
      prioritisationRound: null,
      _entities: [null, null],
    });
  });

  it('refuses an unknown resultatmål in the tiltak filter, naming the entry', async () => {
    expect(
      await errorOf(`{ measures(filter: { resultGoalCodes: ["RM3", "RM9"] }) { totalCount } }`),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.resultGoalCodes[1]',
      message: 'Unknown resultatmål "RM9"',
    });
  });

  it('refuses an organisation id that cannot exist in the tiltak filter', async () => {
    expect(
      await errorOf(
        `{ measures(filter: { responsibleOrganisationId: "Not A Slug" }) { totalCount } }`,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.responsibleOrganisationId' });
  });

  it('refuses an unknown goal number in the roadmap activity filter, naming the entry', async () => {
    expect(
      await errorOf(`{ roadmapActivities(filter: { goalNumbers: [7] }) { totalCount } }`),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.goalNumbers[0]',
      message: 'Unknown roadmap goal "7"',
    });
    expect(
      await errorOf(`{ roadmapActivities(filter: { organisationId: "x_y" }) { totalCount } }`),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.organisationId' });
  });

  it('still answers known filter ids, and an empty list for a year without prioritisation', async () => {
    const { data } = await harness.run(`{
      measures(filter: { resultGoalCodes: ["RM6", "RM7"] }) { totalCount }
      roadmapActivities(filter: { goalNumbers: [1, 6] }) { totalCount }
      focusAreaPriorities(year: 2019) { name }
    }`);
    expect(data.measures.totalCount).toBe(1); // RM6 has no tiltak, RM7 one
    expect(data.roadmapActivities.totalCount).toBeGreaterThan(0);
    expect(data.focusAreaPriorities).toEqual([]);
  });

  describeRoleBeforeInput(
    () => harness,
    [
      [
        'updateMilestoneStatus',
        UPDATE_MILESTONE,
        { milestoneCode: 'RM1-M1\u0000', status: 'GREEN' },
        'milestoneCode',
      ],
      [
        'assignMeasureResponsible',
        ASSIGN_MEASURE,
        { measureCode: 'RM3-T4', organisationId: null, responsibleText: 'NHN\u0007' },
        'responsibleText',
      ],
    ],
  );

  it.each([
    [
      'updateMilestoneStatus',
      UPDATE_MILESTONE,
      { milestoneCode: 'RM1-M1', status: 'YELLOW' },
      { milestoneCode: 'RM1-M1-TOO-LONG', status: 'GREEN' },
      'milestoneCode',
      { milestoneCode: 'RM1-M1', status: 'GREEN' },
    ],
    [
      'assignMeasureResponsible',
      ASSIGN_MEASURE,
      { measureCode: 'RM3-T4', organisationId: 'helse-vest-rhf' },
      { measureCode: 'RM3-T4', organisationId: 'Not A Slug' },
      'organisationId',
      { measureCode: 'RM3-T4', organisationId: 'helse-nord-rhf' },
    ],
  ])(
    '%s refuses a malformed id as BAD_USER_INPUT without a statement, with or without a used Idempotency-Key',
    async (name, query, accepted, malformed, field, other) => {
      await expectMalformedRefusedBeforeTheKey(harness, {
        query,
        key: `arch-error-rule-${name}`,
        accepted,
        malformed,
        field,
        other,
      });
    },
  );
});
