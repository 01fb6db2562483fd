import { asAdmin, asReporter, BACKENDS, type Stack, startStack } from '@ehelse/test-kit';

/** A list every front end runs: it failed for everyone once one project named "HELSE-VEST-RHF". */
const PROJECT_LIST = `{ projects(first: 20) { totalCount edges { node { id responsibleOrganisation { id name } } } } }`;
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const REPORT = `mutation($input: ReportProjectStatusInput!) { reportProjectStatus(input: $input) { id } }`;
const MEMBERSHIP = `mutation($input: RecordMembershipInput!) { recordMembership(input: $input) { id } }`;
const ASSIGN = `mutation($input: AssignMeasureResponsibleInput!) { assignMeasureResponsible(input: $input) { code } }`;

const refusal = (result: { errors?: any[] }) => ({
  code: result.errors?.[0]?.extensions?.code,
  field: result.errors?.[0]?.extensions?.field,
});

describe.each(BACKENDS)('exact identifiers through the gateway on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(backend, 'exact_ids_e2e');
  });
  afterAll(() => stack?.stop());

  it.each(['HELSE-VEST-RHF', 'helse-vest-rhf ', 'Helse-Vest-RHF', 'helse-vest-rhf\u0000'])(
    'createProject refuses responsibleOrganisationId %j and project lists keep answering',
    async (organisationId) => {
      const input = {
        id: '990',
        name: 'Nytt prosjekt',
        responsibleOrganisationId: organisationId,
        phase: 'CONCEPT',
        focusAreaCode: '1.1',
      };
      const result = await stack.query(CREATE, { input }, await asAdmin());
      expect(refusal(result)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'responsibleOrganisationId',
      });
      for (const headers of [undefined, await asReporter('helse-vest-rhf'), await asAdmin()]) {
        const list = await stack.query(PROJECT_LIST, undefined, headers);
        expect(list.errors).toBeUndefined();
        expect(list.data.projects.edges.length).toBeGreaterThan(0);
      }
      expect((await stack.query(`{ project(id: "990") { id } }`)).data.project).toBeNull();
    },
  );

  it('reportProjectStatus refuses "161\\u0000" and leaves project 161 as it was', async () => {
    const version = async () => (await stack.query(`{ project(id: "161") { version } }`)).data;
    const before = await version();
    const result = await stack.query(
      REPORT,
      { input: { projectId: '161\u0000', year: 2019, status: 'RED' } },
      await asReporter('helse-vest-rhf'),
    );
    expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'projectId' });
    expect(await version()).toEqual(before);
  });

  it('reads compare exactly: near misses of an id answer null, never another row', async () => {
    const result = await stack.query(`{
      spaced: project(id: "161 ") { id }
      exact: project(id: "161") { id }
      upper: organisation(id: "Helse-Vest-RHF") { id }
      organisation(id: "helse-vest-rhf") { id }
      council(id: "NUIT") { id }
      measure(code: "rm3-t4") { code }
      resultGoal(code: "RM3 ") { code }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      spaced: null,
      exact: { id: '161' },
      upper: null,
      organisation: { id: 'helse-vest-rhf' },
      council: null,
      measure: null,
      resultGoal: null,
    });
  });

  it('control characters are refused in any text argument, reads included', async () => {
    const result = await stack.query(`query($id: ID!) { project(id: $id) { id } }`, {
      id: '161\u0000',
    });
    expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('recordMembership refuses an organisation that does not exist', async () => {
    const input = {
      councilId: 'nuit',
      personId: 'rune-simensen',
      organisationId: 'ukjent-virksomhet',
      role: 'MEMBER',
      from: '2024-01-01',
    };
    const result = await stack.query(MEMBERSHIP, { input }, await asAdmin());
    expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'organisationId' });
  });

  it('assignMeasureResponsible refuses an unknown organisation and a code in the wrong case', async () => {
    const unknown = await stack.query(
      ASSIGN,
      { input: { measureCode: 'RM3-T4', organisationId: 'ukjent-virksomhet' } },
      await asAdmin(),
    );
    expect(refusal(unknown)).toEqual({ code: 'BAD_USER_INPUT', field: 'organisationId' });
    const wrongCase = await stack.query(
      ASSIGN,
      { input: { measureCode: 'rm3-t4', organisationId: 'norsk-helsenett-sf' } },
      await asAdmin(),
    );
    expect(wrongCase.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const measure = await stack.query(
      `{ measure(code: "RM3-T4") { responsibleOrganisations { id } } }`,
    );
    expect(measure.errors).toBeUndefined();
  });
});
