import type { EntityManager } from 'typeorm';
import {
  badInput,
  conflict,
  notFound,
  type Principal,
  unknownReference,
} from '@ehelse/shared/runtime';
import { requireIdIfGiven, requireTargetId, validate } from '@ehelse/shared/graphql';
import { defineWrite, recordAudit } from '@ehelse/shared/audit';
import { Person } from '../person/person.entity';
import { slug } from '../slug';
import { AgendaItemPresenter } from './agenda-item-presenter.entity';
import { AgendaItemProject } from './agenda-item-project.entity';
import { AgendaItem } from './agenda-item.entity';
import { endOf, validateClockTime } from './clock-time';
import type { Meeting } from './meeting.entity';
import type { AddAgendaItemInput, RecordDecisionInput } from './meeting.types';
import { bumpMeetingVersion, meetingForWrite } from './meeting.writes';

const MAX_TEXT = 4000;
const MAX_PROJECTS = 50;

/** The agenda item a write changes (its decision): NOT_FOUND when it does not exist. */
async function agendaItemForWrite(manager: EntityManager, id: string) {
  const item = await manager.findOneBy(AgendaItem, { id });
  if (!item) throw notFound('AgendaItem', id);
  return item;
}

/**
 * Ids follow the seed: the case number as a slug ("38-22"), prefixed with the meeting when
 * another body used the same number; unnumbered items are numbered within the meeting.
 */
async function newItemId(
  manager: EntityManager,
  meeting: Meeting,
  number: string | null,
  count: number,
) {
  const taken = async (id: string) => (await manager.countBy(AgendaItem, { id })) > 0;
  if (number) {
    const bare = slug(number);
    return (await taken(bare)) ? `${meeting.id}-${bare}` : bare;
  }
  let ordinal = count + 1;
  while (await taken(`${meeting.id}-${ordinal}`)) ordinal += 1;
  return `${meeting.id}-${ordinal}`;
}

/** Puts an item on a meeting’s agenda, last or at a position, bumping the meeting’s version. */
export const addAgendaItem = defineWrite({
  check(_caller: Principal, input: AddAgendaItemInput) {
    requireTargetId('slug', 'Meeting', input.meetingId);
    requireIdIfGiven('slug', 'presenterPersonId', input.presenterPersonId);
    validate.text('title', input.title, 300, true);
    validate.text('number', input.number, 20);
    if (input.number && !slug(input.number))
      throw badInput('number', 'number must contain a letter or digit');
    validate.text('kindLabel', input.kindLabel, 50);
    validateClockTime('startsAt', input.startsAt);
    validate.integerIn('durationMinutes', input.durationMinutes, 1, 600);
    validate.text('proposedDecision', input.proposedDecision, MAX_TEXT);
    const projectIds = input.projectIds ?? [];
    if (projectIds.length > MAX_PROJECTS)
      throw badInput('projectIds', `At most ${MAX_PROJECTS} projects`);
    projectIds.forEach((id, index) => {
      validate.projectId(`projectIds[${index}]`, id);
      if (projectIds.indexOf(id) !== index)
        throw badInput(`projectIds[${index}]`, `Project "${id}" appears twice`);
    });
  },

  async run(manager: EntityManager, caller: Principal, input: AddAgendaItemInput) {
    const meeting = await meetingForWrite(manager, input.meetingId);
    if (
      input.presenterPersonId &&
      !(await manager.findOneBy(Person, { id: input.presenterPersonId }))
    ) {
      throw unknownReference('presenterPersonId', 'person', input.presenterPersonId);
    }
    const count = await manager.countBy(AgendaItem, { meetingId: meeting.id });
    validate.integerIn('position', input.position, 1, count + 1);
    const number = input.number ?? null;
    if (number && (await manager.countBy(AgendaItem, { meetingId: meeting.id, number }))) {
      throw conflict(`Meeting ${meeting.id} already has case ${number}`, { field: 'number' });
    }
    const id = await newItemId(manager, meeting, number, count);
    if (await manager.countBy(AgendaItem, { id }))
      throw conflict(`Agenda item "${id}" already exists`, { field: 'number' });

    const meetingVersion = await bumpMeetingVersion(manager, meeting, input.expectedVersion);
    const position = input.position ?? count + 1;
    await manager
      .createQueryBuilder()
      .update(AgendaItem)
      .set({ position: () => 'position + 1' })
      .where('meeting_id = :meetingId AND position >= :position', {
        meetingId: meeting.id,
        position,
      })
      .execute();
    const item: AgendaItem = {
      id,
      meetingId: meeting.id,
      position,
      number,
      title: input.title,
      kind: input.kind,
      kindLabel: input.kindLabel ?? null,
      presenterOrganisationId: null,
      startsAt: input.startsAt ?? null,
      endsAt: endOf(input.startsAt, input.durationMinutes),
      durationMinutes: input.durationMinutes ?? null,
      proposedDecision: input.proposedDecision ?? null,
      decision: null,
      note: null,
    };
    await manager.insert(AgendaItem, item);
    if (input.presenterPersonId) {
      await manager.insert(AgendaItemPresenter, {
        agendaItemId: id,
        personId: input.presenterPersonId,
        position: 1,
      });
    }
    const projectIds = input.projectIds ?? [];
    if (projectIds.length) {
      await manager.insert(
        AgendaItemProject,
        projectIds.map((projectId) => ({ agendaItemId: id, projectId })),
      );
    }
    await recordAudit(manager, caller, {
      action: 'addAgendaItem',
      entityType: 'AgendaItem',
      entityId: id,
      before: null,
      after: {
        ...item,
        presenterPersonId: input.presenterPersonId ?? null,
        projectIds,
        meetingVersion,
      },
    });
    return item;
  },
});

/** Records the decision on an agenda item, bumping its meeting’s version. */
export const recordDecision = defineWrite({
  check(_caller: Principal, input: RecordDecisionInput) {
    requireTargetId('slug', 'AgendaItem', input.agendaItemId);
    validate.text('decision', input.decision, MAX_TEXT, true);
  },

  async run(manager: EntityManager, caller: Principal, input: RecordDecisionInput) {
    const item = await agendaItemForWrite(manager, input.agendaItemId);
    const meeting = await meetingForWrite(manager, item.meetingId);
    const meetingVersion = await bumpMeetingVersion(manager, meeting, input.expectedVersion);
    await manager.update(AgendaItem, { id: item.id }, { decision: input.decision });
    await recordAudit(manager, caller, {
      action: 'recordDecision',
      entityType: 'AgendaItem',
      entityId: item.id,
      before: { decision: item.decision, meetingVersion: meeting.version },
      after: { decision: input.decision, meetingVersion },
    });
    return { ...item, decision: input.decision };
  },
});
