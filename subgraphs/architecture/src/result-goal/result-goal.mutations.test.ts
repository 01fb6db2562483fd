import { signDevToken, type Config, type Role } from '@ehelse/shared/runtime';
import { AuditEvent } from '@ehelse/shared/audit';
import { BACKENDS, graphqlRequest, seededDatabase, testConfig } from '@ehelse/test-kit';
import { startArchitecture } from '../main';
import { MeasureOrganisation } from './measure-links.entity';
import { Measure } from './measure.entity';
import { Milestone } from './milestone.entity';

const UPDATE_MILESTONE = `mutation($input: UpdateMilestoneStatusInput!) {
  updateMilestoneStatus(input: $input) {
    code status statusDerived measuresStarted measuresTotal printedProgress version
  }
}`;
const ASSIGN_MEASURE = `mutation($input: AssignMeasureResponsibleInput!) {
  assignMeasureResponsible(input: $input) {
    code responsibleText version responsible { id } responsibleOrganisations { id }
  }
}`;
const AUDIT = `query($first: Int) { architectureAuditEvents(first: $first) {
  totalCount edges { node { subject role organisationId action entityType entityId before after } }
} }`;

type Caller = Role | 'anonymous';
interface Reply {
  data?: any;
  errors?: { message: string; extensions: { code: string; field?: string } }[];
}

describe.each(BACKENDS)('roadmap write path on %s', (backend) => {
  let service: Awaited<ReturnType<typeof startArchitecture>>;
  const tokens = new Map<Caller, string>();

  beforeAll(async () => {
    const config: Config = await testConfig(backend, 'arch_roadmap_writes');
    service = await startArchitecture({
      config,
      port: 0,
      ...(await seededDatabase(config, 'architecture')),
    });
    tokens.set('admin', await signDevToken(config.auth, { role: 'admin' }));
    tokens.set('reader', await signDevToken(config.auth, { role: 'reader' }));
    tokens.set(
      'reporter',
      await signDevToken(config.auth, {
        role: 'reporter',
        organisationId: 'direktoratet-for-e-helse',
      }),
    );
  });
  afterAll(() => service?.stop());

  const call = async (caller: Caller, query: string, variables: Record<string, unknown> = {}) =>
    (await graphqlRequest<Reply>(service.url, query, variables, { token: tokens.get(caller) }))
      .body;
  const errorOf = (reply: Reply) => {
    expect(reply.errors).toHaveLength(1);
    return { code: reply.errors![0].extensions.code, field: reply.errors![0].extensions.field };
  };

  /** Everything a write may touch, read straight from the database. */
  async function stored(code: string) {
    const db = service.dataSource;
    return {
      milestone: await db.getRepository(Milestone).findOneBy({ code }),
      measure: await db.getRepository(Measure).findOneBy({ code }),
      links: await db.getRepository(MeasureOrganisation).find({
        where: { measureCode: code },
        order: { position: 'ASC' },
      }),
      auditEvents: await db.getRepository(AuditEvent).count(),
    };
  }
  /** Runs `write` and expects it to fail with `expected`, leaving `code` and the audit trail as they were. */
  async function expectRefused(code: string, write: () => Promise<Reply>, expected: object) {
    const before = await stored(code);
    const reply = await write();
    expect(
      reply.data?.updateMilestoneStatus ?? reply.data?.assignMeasureResponsible ?? null,
    ).toBeNull();
    expect(errorOf(reply)).toEqual(expected);
    expect(await stored(code)).toEqual(before);
  }
  const latestAudit = async () =>
    (await call('admin', AUDIT, { first: 1 })).data.architectureAuditEvents.edges[0].node;

  describe('updateMilestoneStatus', () => {
    it('lets an admin set status and counts, bumps the version and audits before and after', async () => {
      const reply = await call('admin', UPDATE_MILESTONE, {
        input: { milestoneCode: 'RM3-M1', status: 'GREEN', measuresStarted: 4, expectedVersion: 1 },
      });
      expect(reply.errors).toBeUndefined();
      expect(reply.data.updateMilestoneStatus).toEqual({
        code: 'RM3-M1',
        status: 'GREEN',
        statusDerived: false,
        measuresStarted: 4,
        measuresTotal: 4,
        printedProgress: '1/4',
        version: 2,
      });
      expect(await latestAudit()).toEqual({
        subject: 'dev-admin',
        role: 'admin',
        organisationId: null,
        action: 'updateMilestoneStatus',
        entityType: 'Milestone',
        entityId: 'RM3-M1',
        before: {
          status: 'YELLOW',
          statusDerived: true,
          measuresStarted: 1,
          measuresTotal: 4,
          version: 1,
        },
        after: {
          status: 'GREEN',
          statusDerived: false,
          measuresStarted: 4,
          measuresTotal: 4,
          version: 2,
        },
      });
      const { data } = await call(
        'anonymous',
        `{ resultGoal(code: "RM3") { milestones { code status version } } }`,
      );
      expect(data.resultGoal.milestones).toEqual([
        { code: 'RM3-M1', status: 'GREEN', version: 2 },
        { code: 'RM3-M2', status: null, version: 1 },
        { code: 'RM3-M3', status: null, version: 1 },
        { code: 'RM3-M4', status: null, version: 1 },
      ]);
    });

    it.each([
      ['reporter', 'FORBIDDEN'],
      ['reader', 'FORBIDDEN'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const)('refuses a %s token with %s and changes nothing', async (caller, code) => {
      const input = { milestoneCode: 'RM1-M1', status: 'YELLOW', measuresStarted: 1 };
      await expectRefused('RM1-M1', () => call(caller, UPDATE_MILESTONE, { input }), {
        code,
        field: undefined,
      });
    });

    it.each([
      ['measuresStarted', { measuresStarted: -1 }],
      ['measuresTotal', { measuresTotal: -3 }],
      ['measuresStarted', { measuresStarted: 3 }], // RM1-M1 has 2 tiltak
      ['measuresTotal', { measuresTotal: 1 }], // below the 2 started
      ['measuresStarted', { measuresStarted: 5, measuresTotal: 4 }],
      ['measuresTotal', { measuresTotal: 5000 }],
    ])('rejects bad input naming %s and changes nothing (%j)', async (field, counts) => {
      const input = { milestoneCode: 'RM1-M1', status: 'GREEN', ...counts };
      await expectRefused('RM1-M1', () => call('admin', UPDATE_MILESTONE, { input }), {
        code: 'BAD_USER_INPUT',
        field,
      });
    });

    it('answers NOT_FOUND for an unknown milestone and BAD_USER_INPUT for an empty code', async () => {
      const unknown = await call('admin', UPDATE_MILESTONE, {
        input: { milestoneCode: 'RM9-M1', status: 'GREEN' },
      });
      expect(errorOf(unknown)).toEqual({ code: 'NOT_FOUND', field: undefined });
      await expectRefused(
        'RM1-M1',
        () => call('admin', UPDATE_MILESTONE, { input: { milestoneCode: ' ', status: 'GREEN' } }),
        { code: 'BAD_USER_INPUT', field: 'milestoneCode' },
      );
    });

    it('answers CONFLICT for a stale expectedVersion and changes nothing', async () => {
      const first = await call('admin', UPDATE_MILESTONE, {
        input: { milestoneCode: 'RM2-M1', status: 'YELLOW', expectedVersion: 1 },
      });
      expect(first.data.updateMilestoneStatus.version).toBe(2);
      await expectRefused(
        'RM2-M1',
        () =>
          call('admin', UPDATE_MILESTONE, {
            input: { milestoneCode: 'RM2-M1', status: 'GREEN', expectedVersion: 1 },
          }),
        { code: 'CONFLICT', field: undefined },
      );
      expect((await stored('RM2-M1')).milestone).toMatchObject({ status: 'YELLOW', version: 2 });
    });

    it('lets exactly one of two concurrent updates at the same version win', async () => {
      const before = await stored('RM4-M1');
      const race = (status: string) =>
        call('admin', UPDATE_MILESTONE, {
          input: { milestoneCode: 'RM4-M1', status, expectedVersion: 1 },
        });
      const replies = await Promise.all([race('GREEN'), race('YELLOW')]);
      const winners = replies.filter((r) => r.data?.updateMilestoneStatus);
      const losers = replies.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers.map(errorOf)).toEqual([{ code: 'CONFLICT', field: undefined }]);
      const after = await stored('RM4-M1');
      expect(after.milestone).toMatchObject({
        status: winners[0].data.updateMilestoneStatus.status,
        version: 2,
      });
      expect(after.auditEvents).toBe(before.auditEvents + 1);
    });
  });

  describe('assignMeasureResponsible', () => {
    it('lets an admin assign an unassigned tiltak and audits before and after', async () => {
      const reply = await call('admin', ASSIGN_MEASURE, {
        input: {
          measureCode: 'RM2-T2',
          organisationId: 'norsk-helsenett-sf',
          responsibleText: 'NHN',
        },
      });
      expect(reply.errors).toBeUndefined();
      expect(reply.data.assignMeasureResponsible).toEqual({
        code: 'RM2-T2',
        responsibleText: 'NHN',
        version: 2,
        responsible: { id: 'norsk-helsenett-sf' },
        responsibleOrganisations: [{ id: 'norsk-helsenett-sf' }],
      });
      expect(await latestAudit()).toMatchObject({
        action: 'assignMeasureResponsible',
        entityType: 'Measure',
        entityId: 'RM2-T2',
        before: {
          responsibleOrganisationId: null,
          responsibleOrganisationIds: [],
          responsibleText: '?',
          version: 1,
        },
        after: {
          responsibleOrganisationId: 'norsk-helsenett-sf',
          responsibleOrganisationIds: ['norsk-helsenett-sf'],
          responsibleText: 'NHN',
          version: 2,
        },
      });
      const { data } = await call(
        'anonymous',
        `{ _entities(representations: [{ __typename: "Organisation", id: "norsk-helsenett-sf" }]) {
          ... on Organisation { responsibleForMeasures { code } } } }`,
      );
      expect(data._entities[0].responsibleForMeasures).toEqual([
        { code: 'RM2-T1' },
        { code: 'RM2-T2' },
      ]);
    });

    it('unassigns on an explicit null, dropping both of "Direktoratet/NHN"', async () => {
      const reply = await call('admin', ASSIGN_MEASURE, {
        input: { measureCode: 'RM2-T1', organisationId: null, expectedVersion: 1 },
      });
      expect(reply.data.assignMeasureResponsible).toEqual({
        code: 'RM2-T1',
        responsibleText: '?',
        version: 2,
        responsible: null,
        responsibleOrganisations: [],
      });
      expect(await latestAudit()).toMatchObject({
        before: {
          responsibleOrganisationId: 'direktoratet-for-e-helse',
          responsibleOrganisationIds: ['direktoratet-for-e-helse', 'norsk-helsenett-sf'],
          responsibleText: 'Direktoratet/NHN',
          version: 1,
        },
        after: {
          responsibleOrganisationId: null,
          responsibleOrganisationIds: [],
          responsibleText: '?',
          version: 2,
        },
      });
      const unassigned = await call(
        'anonymous',
        `{ measures(filter: { unassigned: true }) { totalCount } }`,
      );
      expect(unassigned.data.measures.totalCount).toBe(13); // 13 printed "?", one assigned, one unassigned
    });

    it.each([
      ['reporter', 'FORBIDDEN'],
      ['reader', 'FORBIDDEN'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const)('refuses a %s token with %s and changes nothing', async (caller, code) => {
      const input = { measureCode: 'RM3-T4', organisationId: 'direktoratet-for-e-helse' };
      await expectRefused('RM3-T4', () => call(caller, ASSIGN_MEASURE, { input }), {
        code,
        field: undefined,
      });
    });

    it.each([
      ['organisationId', { organisationId: 'Helse Vest RHF' }],
      ['organisationId', { organisationId: '' }],
      ['organisationId', { organisationId: 'x'.repeat(101) }],
      ['organisationId', {}], // omitted: unassigning must be explicit
      ['responsibleText', { organisationId: 'helse-vest-rhf', responsibleText: '  ' }],
      ['responsibleText', { organisationId: 'helse-vest-rhf', responsibleText: 'x'.repeat(101) }],
    ])('rejects bad input naming %s and changes nothing (%j)', async (field, fields) => {
      const input = { measureCode: 'RM3-T4', ...fields };
      await expectRefused('RM3-T4', () => call('admin', ASSIGN_MEASURE, { input }), {
        code: 'BAD_USER_INPUT',
        field,
      });
    });

    it('answers NOT_FOUND for an unknown tiltak', async () => {
      const reply = await call('admin', ASSIGN_MEASURE, {
        input: { measureCode: 'RM9-T1', organisationId: null },
      });
      expect(errorOf(reply)).toEqual({ code: 'NOT_FOUND', field: undefined });
    });

    it('answers CONFLICT for a stale expectedVersion and changes nothing', async () => {
      await expectRefused(
        'RM3-T4',
        () =>
          call('admin', ASSIGN_MEASURE, {
            input: { measureCode: 'RM3-T4', organisationId: 'helse-vest-rhf', expectedVersion: 7 },
          }),
        { code: 'CONFLICT', field: undefined },
      );
    });

    it('lets exactly one of two concurrent assignments at the same version win', async () => {
      const before = await stored('RM3-T5');
      const race = (organisationId: string) =>
        call('admin', ASSIGN_MEASURE, {
          input: { measureCode: 'RM3-T5', organisationId, expectedVersion: 1 },
        });
      const replies = await Promise.all([race('helse-vest-rhf'), race('helse-nord-rhf')]);
      const winners = replies.filter((r) => r.data?.assignMeasureResponsible);
      expect(winners).toHaveLength(1);
      expect(replies.filter((r) => r.errors).map(errorOf)).toEqual([
        { code: 'CONFLICT', field: undefined },
      ]);
      const winner = winners[0].data.assignMeasureResponsible.responsible.id;
      const after = await stored('RM3-T5');
      // Without a responsibleText the organisation id stands in for it.
      expect(after.measure).toMatchObject({
        responsibleOrganisationId: winner,
        responsibleText: winner,
        version: 2,
      });
      expect(after.links.map((link) => link.organisationId)).toEqual([winner]);
      expect(after.auditEvents).toBe(before.auditEvents + 1);
    });
  });

  describe('architectureAuditEvents', () => {
    it.each([
      ['reporter', 'FORBIDDEN'],
      ['reader', 'FORBIDDEN'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const)('is refused to a %s token with %s', async (caller, code) => {
      const reply = await call(caller, AUDIT);
      expect(reply.data).toBeNull();
      expect(errorOf(reply).code).toBe(code);
    });

    it('shows admins every accepted write, newest first', async () => {
      const { data } = await call('admin', AUDIT, { first: 50 });
      const trail = data.architectureAuditEvents;
      expect(trail.totalCount).toBe(await service.dataSource.getRepository(AuditEvent).count());
      expect(trail.edges.map((e: any) => `${e.node.action} ${e.node.entityId}`).reverse()).toEqual([
        'updateMilestoneStatus RM3-M1',
        'updateMilestoneStatus RM2-M1',
        'updateMilestoneStatus RM4-M1',
        'assignMeasureResponsible RM2-T2',
        'assignMeasureResponsible RM2-T1',
        'assignMeasureResponsible RM3-T5',
      ]);
    });
  });
});
