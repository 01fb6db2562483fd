import type { EntityManager } from 'typeorm';
import { badInput, conflict } from '@ehelse/shared';
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
 * Claims the next version of a meeting, the aggregate every agenda change belongs to: the
 * conditional UPDATE only applies if nobody changed the meeting since the caller read it.
 */
export async function bumpMeetingVersion(
  manager: EntityManager,
  meeting: Meeting,
  expectedVersion?: number | null,
) {
  const version = expectedVersion ?? meeting.version;
  if (version !== meeting.version) {
    throw conflict(`Meeting ${meeting.id} is at version ${meeting.version}, not ${version}`, {
      currentVersion: meeting.version,
    });
  }
  const result = await manager
    .createQueryBuilder()
    .update(Meeting)
    .set({ version: version + 1 })
    .where('id = :id AND version = :version', { id: meeting.id, version })
    .execute();
  if (result.affected !== 1) {
    throw conflict(`Meeting ${meeting.id} was changed by someone else meanwhile`, {
      expectedVersion: version,
    });
  }
  return version + 1;
}
