import type { EntityManager } from 'typeorm';
import { badInput, updateAtVersion } from '@ehelse/shared';
import { AgendaItem } from './agenda-item.entity';
import { Meeting } from './meeting.entity';

/** The meeting a write names; an unknown id is bad input on that field. */
export async function meetingForWrite(manager: EntityManager, id: string, field = 'meetingId') {
  const meeting = await manager.findOneBy(Meeting, { id });
  if (!meeting) throw badInput(field, `Unknown meeting "${id}"`);
  return meeting;
}

export async function agendaItemForWrite(manager: EntityManager, id: string) {
  const item = await manager.findOneBy(AgendaItem, { id });
  if (!item) throw badInput('agendaItemId', `Unknown agenda item "${id}"`);
  return item;
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
