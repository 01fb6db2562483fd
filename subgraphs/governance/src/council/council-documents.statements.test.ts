import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { AgendaSubItem } from '../agenda-sub-item/agenda-sub-item.entity';
import { governanceSubgraph } from '../main';
import { MembershipRole } from '../membership/membership-role';
import {
  CouncilParticipant,
  CouncilParticipantOrganisation,
  CouncilTask,
} from './council-document.entity';
import { CouncilTaskKind } from './council-task-kind';

/** Every body's participants (with their organisations and body) and tasks, in one request. */
const COUNCIL_DOCUMENTS = `{
  councils {
    participants { printedAs organisations { id } council { id } }
    tasks { number text details }
    membershipsConnection(first: 50) { edges { node { documentedAt { number } } } }
  }
}`;

/** Every agenda item's numbered points and their item. */
const SUB_ITEMS = `{
  meetings(first: 100) { edges { node { agenda { subItems { id title agendaItem { number } } } } } }
}`;

const COUNCILS = ['nasjonalt-e-helserad', 'nuit', 'nufa', 'ks-ikt', 'samarbeidsradet'];

describe.each(BACKENDS)('SQL statements of the documents’ corrections on %s', (backend) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(
      governanceSubgraph,
      await testConfig(backend, 'governance_council_documents'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  it('do not grow with the number of participants, their organisations, tasks or sub-items', async () => {
    const councilsBefore = await harness.run(COUNCIL_DOCUMENTS);
    const subItemsBefore = await harness.run(SUB_ITEMS);

    await harness.dataSource.transaction(async (manager) => {
      await manager.insert(
        CouncilParticipant,
        COUNCILS.flatMap((councilId) =>
          Array.from({ length: 8 }, (_, i) => ({
            councilId,
            position: i + 1,
            printedAs: `Deltaker ${i + 1}`,
            role: i ? MembershipRole.MEMBER : MembershipRole.LEADER,
            note: null,
          })),
        ),
      );
      await manager.insert(
        CouncilParticipantOrganisation,
        COUNCILS.flatMap((councilId) =>
          Array.from({ length: 8 }, (_, i) => ({
            councilId,
            position: i + 1,
            organisationId: 'ks',
            ordinal: 1,
          })),
        ),
      );
      await manager.insert(
        CouncilTask,
        COUNCILS.flatMap((councilId) =>
          Array.from({ length: 8 }, (_, i) => ({
            councilId,
            number: i + 1,
            kind: CouncilTaskKind.TASK,
            heading: null,
            text: `Oppgave ${i + 1}`,
            details: ['a', 'b'],
            note: null,
          })),
        ),
      );
      await manager.insert(
        AgendaSubItem,
        ['30-22', '31-22', '33-22', '34-22', '20-19', '21-19'].flatMap((agendaItemId) =>
          Array.from({ length: 6 }, (_, i) => ({
            agendaItemId,
            number: i + 1,
            title: `Punkt ${i + 1}`,
            note: null,
          })),
        ),
      );
    });

    const councilsAfter = await harness.run(COUNCIL_DOCUMENTS);
    const subItemsAfter = await harness.run(SUB_ITEMS);
    const rad = (data: any) => data.councils.find((c: any) => c.participants.length === 8);
    expect(rad(councilsAfter.data).tasks).toHaveLength(8);
    const points = (data: any) =>
      data.meetings.edges.flatMap((e: any) => e.node.agenda.flatMap((item: any) => item.subItems));
    expect(points(subItemsBefore.data)).toHaveLength(4);
    expect(points(subItemsAfter.data)).toHaveLength(4 + 6 * 6);

    // councils, participants, their organisations, tasks, memberships, documenting meetings
    expect(councilsAfter.statements).toBe(councilsBefore.statements);
    expect(councilsBefore.statements).toBeLessThanOrEqual(7);
    expect(subItemsAfter.statements).toBe(subItemsBefore.statements);
  });
});
