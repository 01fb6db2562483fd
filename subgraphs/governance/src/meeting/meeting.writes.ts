import type { EntityManager } from 'typeorm';
import {
  badInput,
  conflict,
  notFound,
  type Principal,
  unknownReference,
} from '@ehelse/shared/runtime';
import { requireId, requireTargetId, validate } from '@ehelse/shared/graphql';
import { defineWrite, recordAudit, updateAtVersion } from '@ehelse/shared/audit';
import { Council } from '../council/council.entity';
import { isoDate } from '../dates';
import { slug } from '../slug';
import { AgendaItem } from './agenda-item.entity';
import { MeetingSourceKind } from './meeting-source-kind';
import { Meeting } from './meeting.entity';
import type { CreateMeetingInput, ReorderAgendaInput } from './meeting.types';

/**
 * The meeting a write changes (its agenda, its version): a missing write target is
 * NOT_FOUND, the same rule as the other subgraphs.
 */
export async function meetingForWrite(manager: EntityManager, id: string) {
  const meeting = await manager.findOneBy(Meeting, { id });
  if (!meeting) throw notFound('Meeting', id);
  return meeting;
}

/**
 * Claims the next version of a meeting, the aggregate every agenda change belongs to:
 * the update only applies if nobody changed the meeting since the caller read it.
 */
export const bumpMeetingVersion = (
  manager: EntityManager,
  meeting: Meeting,
  expectedVersion?: number | null,
) => updateAtVersion(manager, Meeting, { id: meeting.id }, meeting, {}, expectedVersion);

/** Ids follow the seed: body and number ("nasjonalt-e-helserad-5-22"), or body and date when unnumbered. */
const meetingIdOf = (input: CreateMeetingInput) =>
  `${input.councilId}-${input.number ? slug(input.number) : isoDate(input.date)}`;

/** Schedules a meeting of a body, at version 1, without agenda. */
export const createMeeting = defineWrite({
  check(_caller: Principal, input: CreateMeetingInput) {
    requireId('slug', 'councilId', input.councilId);
    validate.text('number', input.number, 20);
    if (input.number && !slug(input.number))
      throw badInput('number', 'number must contain a letter or digit');
    validate.text('location', input.location, 200);
  },

  async run(manager: EntityManager, caller: Principal, input: CreateMeetingInput) {
    if (!(await manager.findOneBy(Council, { id: input.councilId }))) {
      throw unknownReference('councilId', 'council', input.councilId);
    }
    if (
      input.number &&
      (await manager.findOneBy(Meeting, { councilId: input.councilId, number: input.number }))
    ) {
      throw conflict(`${input.councilId} already has a meeting ${input.number}`, {
        field: 'number',
      });
    }
    const id = meetingIdOf(input);
    if (await manager.findOneBy(Meeting, { id })) {
      throw conflict(`Meeting "${id}" already exists`, { field: input.number ? 'number' : 'date' });
    }
    const meeting: Meeting = {
      id,
      councilId: input.councilId,
      number: input.number ?? null,
      date: isoDate(input.date),
      endDate: null,
      location: input.location ?? null,
      sourceKind: MeetingSourceKind.RECORDED,
      note: null,
      version: 1,
    };
    await manager.insert(Meeting, meeting);
    await recordAudit(manager, caller, {
      action: 'createMeeting',
      entityType: 'Meeting',
      entityId: id,
      before: null,
      after: { ...meeting },
    });
    return meeting;
  },
});

/** The new order must name exactly the meeting's items, each once. */
function checkSameItems(current: AgendaItem[], wanted: string[]) {
  const known = new Set(current.map((item) => item.id));
  const seen = new Set<string>();
  wanted.forEach((id, index) => {
    if (!known.has(id))
      throw badInput(`agendaItemIds[${index}]`, `"${id}" is not on this meeting's agenda`);
    if (seen.has(id)) throw badInput(`agendaItemIds[${index}]`, `"${id}" appears twice`);
    seen.add(id);
  });
  if (seen.size !== known.size) {
    const missing = current.filter((item) => !seen.has(item.id)).map((item) => item.id);
    throw badInput('agendaItemIds', `The new order leaves out ${missing.join(', ')}`);
  }
}

/** Puts a meeting's agenda in a new order, as a whole, bumping the meeting's version. */
export const reorderAgenda = defineWrite({
  check(_caller: Principal, input: ReorderAgendaInput) {
    requireTargetId('slug', 'Meeting', input.meetingId);
    input.agendaItemIds.forEach((id, index) => requireId('slug', `agendaItemIds[${index}]`, id));
  },

  async run(manager: EntityManager, caller: Principal, input: ReorderAgendaInput) {
    const meeting = await meetingForWrite(manager, input.meetingId);
    const items = await manager.find(AgendaItem, {
      where: { meetingId: meeting.id },
      order: { position: 'ASC' },
    });
    checkSameItems(items, input.agendaItemIds);
    const version = await bumpMeetingVersion(manager, meeting, input.expectedVersion);
    if (items.length) {
      // One statement for the whole agenda: position = the id's place in the new order.
      const cases = input.agendaItemIds
        .map((_, index) => `WHEN :item${index} THEN ${index + 1}`)
        .join(' ');
      await manager
        .createQueryBuilder()
        .update(AgendaItem)
        .set({ position: () => `CASE id ${cases} END` })
        .where('meeting_id = :meetingId', { meetingId: meeting.id })
        .setParameters(
          Object.fromEntries(input.agendaItemIds.map((id, index) => [`item${index}`, id])),
        )
        .execute();
    }
    await recordAudit(manager, caller, {
      action: 'reorderAgenda',
      entityType: 'Meeting',
      entityId: meeting.id,
      before: { version: meeting.version, agenda: items.map((item) => item.id) },
      after: { version, agenda: input.agendaItemIds },
    });
    return { ...meeting, version };
  },
});
