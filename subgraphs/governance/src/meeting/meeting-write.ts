import type { EntityManager } from 'typeorm';
import { notFound, updateAtVersion } from '@ehelse/shared';
import { AgendaItem } from './agenda-item.entity';
import { Meeting } from './meeting.entity';

/**
 * The meeting a write changes (its agenda, its version): a missing write target is
 * NOT_FOUND, the same rule as the other subgraphs.
 */
export async function meetingForWrite(manager: EntityManager, id: string) {
  const meeting = await manager.findOneBy(Meeting, { id });
  if (!meeting) throw notFound('Meeting', id);
  return meeting;
}

/** The agenda item a write changes (its decision): NOT_FOUND when it does not exist. */
export async function agendaItemForWrite(manager: EntityManager, id: string) {
  const item = await manager.findOneBy(AgendaItem, { id });
  if (!item) throw notFound('AgendaItem', id);
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
