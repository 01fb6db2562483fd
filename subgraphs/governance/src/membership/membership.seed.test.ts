import type { DataSource } from 'typeorm';
import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { AgendaSubItem } from '../agenda-sub-item/agenda-sub-item.entity';
import {
  CouncilParticipant,
  CouncilParticipantOrganisation,
  CouncilTask,
} from '../council/council-document.entity';
import { AgendaItem } from '../meeting/agenda-item.entity';
import { governanceSubgraph } from '../main';
import { dataFile } from '../data-files';
import { CORRECTIONS_DATASET, seedGovernance } from '../seed';
import type { AgendaNoteCorrection } from '../agenda-sub-item/agenda-sub-item.seed';
import { Membership } from './membership.entity';

const DATASET = CORRECTIONS_DATASET;

/** Everything the corrections dataset writes, sorted, to compare databases. */
async function correctedState(dataSource: DataSource) {
  const rows = async (entity: Function) =>
    (await dataSource.getRepository(entity).find()).map((row) => JSON.stringify({ ...row })).sort();
  return {
    memberships: await rows(Membership),
    agendaItems: await rows(AgendaItem),
    subItems: await rows(AgendaSubItem),
    participants: await rows(CouncilParticipant),
    participantOrganisations: await rows(CouncilParticipantOrganisation),
    tasks: await rows(CouncilTask),
  };
}

/**
 * The database as the original dataset left it before this correction existed: undated
 * seats without precision or document, the invented quotation in the notes, 32/22's note in
 * the wrong order, none of the new rows, and no marker for the corrections dataset.
 */
async function asSeededBefore(dataSource: DataSource) {
  await dataSource.transaction(async (manager) => {
    const update = () => manager.createQueryBuilder().update(Membership);
    await update()
      .set({ from: null })
      .where("from_precision = 'YEAR' OR council_id = 'arbeidsgruppe-prosjektstrategi'")
      .execute();
    // The Akson seats and the 2022 council's seats printed without an end were open.
    await update()
      .set({ to: null })
      .where(
        "council_id = 'arbeidsgruppe-prosjektstrategi' OR (council_id = 'nasjonalt-e-helserad' AND valid_to = '2022-09-21')",
      )
      .execute();
    await update()
      .set({
        fromPrecision: null,
        toPrecision: null,
        documentedOn: null,
        documentedMeetingId: null,
        note: 'Ny i rådet; «fra dette møtet» brukt som startdato.',
      })
      .execute();
    for (const { agendaItemId, was } of dataFile<AgendaNoteCorrection[]>(
      'agenda-note-corrections.json',
    )) {
      await manager.update(AgendaItem, { id: agendaItemId }, { note: was });
    }
    for (const entity of [
      AgendaSubItem,
      CouncilParticipant,
      CouncilParticipantOrganisation,
      CouncilTask,
    ]) {
      await manager.createQueryBuilder().delete().from(entity).execute();
    }
    await manager.query('DELETE FROM seed_state WHERE dataset = ?', [DATASET]);
  });
}

describe.each(BACKENDS)(
  'the corrections dataset on a database seeded before it (%s)',
  (backend) => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await openHarness(
        governanceSubgraph,
        await testConfig(backend, 'governance_corrections_seed'),
        backend === 'sqljs',
      );
    });
    afterAll(() => harness?.close());

    it('brings an earlier database to what a fresh one has, once, keeping API writes', async () => {
      const { dataSource } = harness;
      const fresh = await correctedState(dataSource);
      await asSeededBefore(dataSource);
      expect(await correctedState(dataSource)).not.toEqual(fresh);

      expect(await seedGovernance(dataSource)).toBe(true);
      expect(await correctedState(dataSource)).toEqual(fresh);
      // A second start finds the marker and changes nothing.
      expect(await seedGovernance(dataSource)).toBe(false);
      expect(await correctedState(dataSource)).toEqual(fresh);
    });

    it('keeps an end the API wrote before precision existed, as an EXACT day', async () => {
      const { dataSource } = harness;
      await asSeededBefore(dataSource);
      const repository = dataSource.getRepository(Membership);
      // Written through endMembership before this dataset existed: no precision then.
      await repository.update('arbeidsgruppe-prosjektstrategi:karl-vestli:1', { to: '2019-12-31' });
      await repository.update('nasjonalt-e-helserad:mariann-hornnes:1', { to: '2024-01-31' });
      await seedGovernance(dataSource);

      expect(
        await repository.findOneByOrFail({ id: 'arbeidsgruppe-prosjektstrategi:karl-vestli:1' }),
      ).toMatchObject({
        from: '2019-06-19',
        fromPrecision: 'AS_OF_DOCUMENT',
        to: '2019-12-31',
        toPrecision: 'EXACT',
        documentedMeetingId: 'nasjonalt-e-helsestyre-3-19',
      });
      expect(
        await repository.findOneByOrFail({ id: 'nasjonalt-e-helserad:mariann-hornnes:1' }),
      ).toMatchObject({
        from: '2022-01-01',
        fromPrecision: 'YEAR',
        to: '2024-01-31',
        toPrecision: 'EXACT',
        documentedOn: '2022-09-21',
      });
      // The other Akson seat got the document's day as both bounds.
      expect(
        await repository.findOneByOrFail({ id: 'arbeidsgruppe-prosjektstrategi:inga-nordberg:1' }),
      ).toMatchObject({ from: '2019-06-19', to: '2019-06-19', toPrecision: 'AS_OF_DOCUMENT' });
    });
  },
);
