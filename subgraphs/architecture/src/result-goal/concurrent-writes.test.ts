import { AuditEvent, recordAudit, updateAtVersion, writeTransaction } from '@ehelse/shared/audit';
import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { Milestone, MilestoneStatus } from './milestone.entity';
import { architectureSubgraph } from '../main';

const pause = () => new Promise((resolve) => setTimeout(resolve, 30));
const admin = { subject: 'test-admin', role: 'admin' as const, organisationId: null };

describe.each(BACKENDS)('optimistic writes on %s', (backend) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(
      architectureSubgraph,
      await testConfig(backend, 'arch_optimistic'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  /** A writer that reads, dawdles, updates, dawdles and audits: slow enough for the other to overlap. */
  const writer = (status: MilestoneStatus) =>
    writeTransaction(harness.dataSource, async (manager) => {
      const milestone = await manager.findOneByOrFail(Milestone, { code: 'RM5-M1' });
      await pause();
      await updateAtVersion(manager, Milestone, { code: 'RM5-M1' }, milestone, { status }, 1);
      await pause();
      await recordAudit(manager, admin, {
        action: 'test',
        entityType: 'Milestone',
        entityId: 'RM5-M1',
        before: null,
        after: { status },
      });
      return status;
    });

  it('commits one of two overlapping transactions whole and refuses the other with CONFLICT', async () => {
    const results = await Promise.allSettled([
      writer(MilestoneStatus.GREEN),
      writer(MilestoneStatus.YELLOW),
    ]);
    const [won] = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(lost).toHaveLength(1);
    expect(lost[0].extensions.code).toBe('CONFLICT');
    // sql.js runs the writes one after the other, so the second already reads version 2;
    // on MySQL both read version 1 and the second's conditional UPDATE finds no row.
    expect(lost[0].message).toMatch(
      backend === 'sqljs' ? /is at version 2, not 1/ : /was changed by someone else meanwhile/,
    );
    const stored = await harness.dataSource
      .getRepository(Milestone)
      .findOneByOrFail({ code: 'RM5-M1' });
    expect(stored).toMatchObject({ status: won, version: 2 });
    const audit = await harness.dataSource.getRepository(AuditEvent).findBy({ action: 'test' });
    expect(audit.map((event) => event.after)).toEqual([{ status: won }]);
  });
});
