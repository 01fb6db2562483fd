import { randomUUID } from 'node:crypto';
import type { Principal } from '@ehelse/shared/runtime';
import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { portfolioSubgraph } from '../main';

const ADMIN: Principal = { subject: 'test-admin', role: 'admin', organisationId: null };
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id name leader } }`;
const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id name leader } }`;
const newProject = (extra: Record<string, unknown>) => ({
  input: {
    id: `names-${randomUUID().slice(0, 8)}`,
    name: 'Nytt prosjekt',
    responsibleOrganisationId: 'helse-vest-rhf',
    phase: 'CONCEPT',
    focusAreaCode: '1.1',
    ...extra,
  },
});

describe.each(BACKENDS)('project names and leaders on %s', (backend) => {
  let harness: Harness;
  /** One request as an admin: writes need a caller. */
  const asAdmin = (source: string, variables?: Record<string, unknown>) =>
    harness.as(ADMIN, source, variables);

  beforeAll(async () => {
    harness = await openHarness(
      portfolioSubgraph,
      await testConfig(backend, 'project_names'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  it.each([
    ['name', { name: '   ' }],
    ['name', { name: '\u00a0 ' }],
    ['leader', { leader: '  ' }],
  ])('refuses a blank %s in createProject with BAD_USER_INPUT', async (field, extra) => {
    const { errors } = await asAdmin(CREATE, newProject(extra));
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each([
    ['name', { name: '' }],
    ['name', { name: '  ' }],
    ['leader', { leader: ' ' }],
  ])(
    'refuses a blank %s in updateProject with BAD_USER_INPUT, changing nothing',
    async (field, extra) => {
      const before = (await harness.run(`{ project(id: "161") { name leader version } }`)).data;
      const { errors } = await asAdmin(UPDATE, { input: { id: '161', ...extra } });
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect((await harness.run(`{ project(id: "161") { name leader version } }`)).data).toEqual(
        before,
      );
    },
  );

  it('stores names and leaders trimmed', async () => {
    const created = await asAdmin(CREATE, newProject({ name: '  Heliks 2 ', leader: ' Kari ' }));
    expect(created.data?.createProject).toMatchObject({ name: 'Heliks 2', leader: 'Kari' });
    const updated = await asAdmin(UPDATE, {
      input: { id: '161', name: ' Heliks  ', leader: '  Herlof Nilsen ' },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateProject).toEqual({
      id: '161',
      name: 'Heliks',
      leader: 'Herlof Nilsen',
    });
    expect((await harness.run(`{ project(id: "161") { name leader } }`)).data.project).toEqual({
      name: 'Heliks',
      leader: 'Herlof Nilsen',
    });
  });
});
