import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { governanceSubgraph } from '../main';
import { dataFile } from '../data-files';
import { MEETINGS_AND_AKSON_DATASET, seedGovernance, type MeetingRow } from '../seed';
import {
  AKSON_ASSESSMENT_ID,
  AksonAssessment,
  AksonOwnershipCriterion,
  AksonOwnershipModel,
  AksonRisk,
  AksonTask,
} from '../akson/akson.entity';
import { aksonAssessmentData } from '../akson/akson.seed';
import { AgendaItemConsultation } from './agenda-item-consultation.entity';
import { AgendaItemSection } from './agenda-item-section.entity';
import { MeetingMention } from './meeting-mention.entity';
import { agendaItemContents, meetingReferences } from './meeting-references.seed';
import { MeetingSourceKind } from './meeting-source-kind';
import { Meeting } from './meeting.entity';

const DATASET = MEETINGS_AND_AKSON_DATASET;

/** The transcribed files have no foreign keys, so their references are checked here. */
describe('meeting references and agenda contents data', () => {
  const meetings = dataFile<MeetingRow[]>('meetings.json');
  const references = meetingReferences();
  const meetingIds = new Set([
    ...meetings.map((m) => m.id),
    ...references.meetings.map((m) => m.id),
  ]);
  const itemIds = new Set(meetings.flatMap((m) => m.agenda.map((item) => item.id)));

  it('refers only to known meetings and agenda items', () => {
    for (const mention of references.mentions) {
      expect(meetingIds).toContain(mention.meetingId);
      if (mention.agendaItemId) expect(itemIds).toContain(mention.agendaItemId);
    }
    for (const { meetingId } of references.sourceKinds) {
      expect(meetings.map((m) => m.id)).toContain(meetingId);
    }
    const contents = agendaItemContents();
    for (const s of [...contents.sections, ...contents.consultations]) {
      expect(itemIds).toContain(s.agendaItemId);
    }
    expect(itemIds).toContain(aksonAssessmentData().agendaItemId);
  });

  it('adds meetings the first dataset lacks, each mentioned at least once, ends after starts', () => {
    for (const meeting of references.meetings) {
      expect(meetings.map((m) => m.id)).not.toContain(meeting.id);
      expect(references.mentions.some((m) => m.meetingId === meeting.id)).toBe(true);
      if (meeting.endDate) expect(meeting.endDate > meeting.date).toBe(true);
      expect(meeting.sourceKind).not.toBe(MeetingSourceKind.RECORDED);
    }
  });

  it('keeps the printed bold phrases inside the task they belong to', () => {
    const akson = aksonAssessmentData();
    akson.additionalTasks.forEach((task, index) => {
      for (const phrase of akson.additionalTaskKeywords[index]) expect(task).toContain(phrase);
    });
    akson.dependencyRequirements.forEach((task, index) => {
      for (const phrase of akson.dependencyRequirementKeywords[index])
        expect(task).toContain(phrase);
    });
  });
});

describe.each(BACKENDS)('meetings known by reference and the Akson assessment on %s', (backend) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(
      governanceSubgraph,
      await testConfig(backend, 'governance_meeting_references'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  const counts = async () => {
    const manager = harness.dataSource.manager;
    return {
      meetings: await manager.count(Meeting),
      mentions: await manager.count(MeetingMention),
      sections: await manager.count(AgendaItemSection),
      consultations: await manager.count(AgendaItemConsultation),
      assessments: await manager.count(AksonAssessment),
      tasks: await manager.count(AksonTask),
      risks: await manager.count(AksonRisk),
    };
  };

  it('brings the new facts to a database seeded before they existed, once, keeping a client’s meeting', async () => {
    const seeded = await counts();
    expect(seeded).toEqual({
      meetings: 11,
      mentions: 18,
      sections: 16,
      consultations: 1,
      assessments: 1,
      tasks: 11,
      risks: 8,
    });

    // Back to the state of a database seeded with the first dataset only...
    const manager = harness.dataSource.manager;
    for (const entity of [
      MeetingMention,
      AgendaItemSection,
      AgendaItemConsultation,
      AksonAssessment,
      AksonTask,
      AksonRisk,
      AksonOwnershipModel,
      AksonOwnershipCriterion,
    ]) {
      await manager.createQueryBuilder().delete().from(entity).execute();
    }
    const added = meetingReferences().meetings.map((m) => m.id);
    await manager.delete(Meeting, added);
    await manager
      .createQueryBuilder()
      .update(Meeting)
      .set({ sourceKind: MeetingSourceKind.RECORDED })
      .execute();
    await manager.query('DELETE FROM seed_state WHERE dataset = ?', [DATASET]);
    // ...where a client has since entered the next meeting itself.
    await manager.insert(Meeting, {
      id: 'nasjonalt-e-helserad-2022-12-02',
      councilId: 'nasjonalt-e-helserad',
      number: '6/22',
      date: '2022-12-02',
      endDate: null,
      location: 'Gardermoen',
      sourceKind: MeetingSourceKind.RECORDED,
      note: null,
      version: 1,
    });

    await expect(seedGovernance(harness.dataSource)).resolves.toBe(true);
    expect(await counts()).toEqual(seeded);
    const client = await manager.findOneByOrFail(Meeting, {
      id: 'nasjonalt-e-helserad-2022-12-02',
    });
    expect(client).toMatchObject({
      number: '6/22',
      location: 'Gardermoen',
      sourceKind: 'RECORDED',
    });
    const june = await manager.findOneByOrFail(Meeting, {
      id: 'nasjonalt-e-helsestyre-2022-06-08',
    });
    expect(june.sourceKind).toBe('REFERENCED');

    // A later start finds both datasets loaded and changes nothing.
    await expect(seedGovernance(harness.dataSource)).resolves.toBe(false);
    expect(await counts()).toEqual(seeded);
  });

  it('reads mentions, slides and referenced meetings in statements that do not grow with rows', async () => {
    const QUERY = `{
      meetings(first: 100) { edges { node {
        id knownOnlyByReference mentions { line }
        agenda { id sections { heading points } consultation { deadline respondentGroups { name } }
          referencedMeetings { id mentions { line } } }
      } } }
      aksonAssessment { agendaItem { id } milestonePlan { id } additionalTasks { number }
        dependencyRequirements { number } risks { number } ownershipModels { name }
        ownershipCriteria { name } }
    }`;
    const before = await harness.execute(QUERY);
    expect(before.result.errors).toBeUndefined();
    const manager = harness.dataSource.manager;
    // More mentions, slides and consultations on other items and meetings.
    await manager.insert(
      MeetingMention,
      ['30-22', '31-22', '36-22', '17-19', '19-19'].map((agendaItemId, index) => ({
        meetingId: 'nuit-2018-11-21',
        position: 100 + index,
        document: '999',
        line: index,
        agendaItemId,
        text: 'test',
        note: null,
      })),
    );
    await manager.insert(
      AgendaItemSection,
      ['30-22', '31-22', '36-22', '17-19', '19-19'].map((agendaItemId) => ({
        agendaItemId,
        position: 1,
        heading: 'test',
        page: null,
        points: ['a', 'b'],
      })),
    );
    const after = await harness.execute(QUERY);
    expect(after.result.errors).toBeUndefined();
    const json = JSON.stringify(after.result.data);
    expect(json.length).toBeGreaterThan(JSON.stringify(before.result.data).length);
    expect(after.statements).toBe(before.statements);
  });

  it('answers null for a missing assessment or agenda item: a missing read target is null', async () => {
    const manager = harness.dataSource.manager;
    const stored = await manager.findOneByOrFail(AksonAssessment, { id: AKSON_ASSESSMENT_ID });
    try {
      await manager.update(AksonAssessment, { id: stored.id }, { agendaItemId: 'no-such-item' });
      const dangling = await harness.execute(`{ aksonAssessment { id agendaItem { id } } }`);
      expect(dangling.result.errors).toBeUndefined();
      expect(dangling.result.data).toEqual({
        aksonAssessment: { id: AKSON_ASSESSMENT_ID, agendaItem: null },
      });

      await manager.delete(AksonAssessment, { id: stored.id });
      const missing = await harness.execute(`{ aksonAssessment { id } }`);
      expect(missing.result.errors).toBeUndefined();
      expect(missing.result.data).toEqual({ aksonAssessment: null });
    } finally {
      await manager.delete(AksonAssessment, { id: stored.id });
      await manager.insert(AksonAssessment, stored);
    }
  });
});
