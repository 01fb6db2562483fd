import type { EntityManager } from 'typeorm';
import { AgendaItem } from '../meeting/agenda-item.entity';
import { AgendaSubItem } from './agenda-sub-item.entity';

export interface AgendaSubItemRow {
  agendaItemId: string;
  number: number;
  title: string;
  note: string | null;
}

/** A note the original dataset wrote (`was`) and what it says now (`now`, also in meetings.json). */
export interface AgendaNoteCorrection {
  agendaItemId: string;
  was: string;
  now: string;
}

/**
 * The numbered points of agenda items (a table the original dataset did not have), only
 * those not yet there, and only on items that exist.
 */
export async function insertAgendaSubItems(manager: EntityManager, rows: AgendaSubItemRow[]) {
  if (!rows.length) return;
  const itemIds = [...new Set(rows.map((row) => row.agendaItemId))];
  const items = new Set(
    (await manager.getRepository(AgendaItem).findBy(itemIds.map((id) => ({ id })))).map(
      (item) => item.id,
    ),
  );
  const present = new Set(
    (
      await manager.getRepository(AgendaSubItem).findBy(itemIds.map((id) => ({ agendaItemId: id })))
    ).map((row) => row.id),
  );
  const missing = rows.filter(
    (row) => items.has(row.agendaItemId) && !present.has(`${row.agendaItemId}:${row.number}`),
  );
  if (missing.length) await manager.insert(AgendaSubItem, missing);
}

/**
 * Corrects notes of agenda items that an earlier seed wrote: a note is replaced only while it
 * still reads as that seed wrote it (no API write changes notes, so this is only ever the
 * seed's text), which makes the correction idempotent.
 */
export async function correctAgendaNotes(
  manager: EntityManager,
  corrections: AgendaNoteCorrection[],
) {
  for (const { agendaItemId, was, now } of corrections) {
    await manager
      .createQueryBuilder()
      .update(AgendaItem)
      .set({ note: now })
      .where('id = :id AND note = :was', { id: agendaItemId, was })
      .execute();
  }
}
