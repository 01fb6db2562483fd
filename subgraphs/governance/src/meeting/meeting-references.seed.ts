import { In, type EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import { AgendaItemConsultation } from './agenda-item-consultation.entity';
import { AgendaItemSection } from './agenda-item-section.entity';
import { MeetingMention } from './meeting-mention.entity';
import { MeetingSourceKind } from './meeting-source-kind';
import { Meeting } from './meeting.entity';

export interface MeetingReferencesFile {
  meetings: {
    id: string;
    councilId: string;
    date: string;
    endDate: string | null;
    location: string | null;
    sourceKind: MeetingSourceKind;
    note: string;
  }[];
  /** How meetings the first dataset inserted are known, where that is not RECORDED. */
  sourceKinds: { meetingId: string; sourceKind: MeetingSourceKind }[];
  mentions: {
    meetingId: string;
    document: string;
    line: number;
    agendaItemId: string | null;
    text: string;
    note: string | null;
  }[];
}

export interface AgendaItemContentsFile {
  consultations: (AgendaItemConsultation & { line: number })[];
  sections: {
    agendaItemId: string;
    heading: string | null;
    page: number | null;
    line: number;
    points: string[];
  }[];
}

export const meetingReferences = () => dataFile<MeetingReferencesFile>('meeting-references.json');
export const agendaItemContents = () =>
  dataFile<AgendaItemContentsFile>('agenda-item-contents.json');

/**
 * Meetings known only by reference, where the documents mention meetings, and what 33/22 and
 * 34/22 contain beyond their titles. Runs after the first dataset, on fresh databases and on
 * those seeded before these facts existed: it inserts only the meetings that are missing
 * (a client may have entered one since) and sets how the first dataset's meetings are known.
 */
export async function seedMeetingReferences(manager: EntityManager) {
  const { meetings, sourceKinds, mentions } = meetingReferences();
  const present = new Set(
    (
      await manager.find(Meeting, {
        select: { id: true },
        where: { id: In(meetings.map((m) => m.id)) },
      })
    ).map((m) => m.id),
  );
  const missing = meetings.filter((m) => !present.has(m.id));
  if (missing.length) {
    await manager.insert(
      Meeting,
      missing.map((m) => ({ ...m, number: null, version: 1 })),
    );
  }
  for (const { meetingId, sourceKind } of sourceKinds) {
    await manager.update(Meeting, { id: meetingId }, { sourceKind });
  }
  const positions = new Map<string, number>();
  await manager.insert(
    MeetingMention,
    mentions.map((mention) => {
      const position = (positions.get(mention.meetingId) ?? 0) + 1;
      positions.set(mention.meetingId, position);
      return { ...mention, position };
    }),
  );

  const { consultations, sections } = agendaItemContents();
  await manager.insert(
    AgendaItemConsultation,
    consultations.map(({ line: _line, ...consultation }) => consultation),
  );
  const sectionPositions = new Map<string, number>();
  await manager.insert(
    AgendaItemSection,
    sections.map(({ line: _line, ...section }) => {
      const position = (sectionPositions.get(section.agendaItemId) ?? 0) + 1;
      sectionPositions.set(section.agendaItemId, position);
      return { ...section, position };
    }),
  );
}
