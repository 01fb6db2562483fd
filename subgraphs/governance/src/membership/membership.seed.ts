import type { EntityManager } from 'typeorm';
import { DatePrecision } from './date-precision';
import { Membership } from './membership.entity';

/**
 * Gives seats an earlier seed wrote the dates, precision, source and notes the corrected
 * transcription has (`seats`, as membershipsOf makes them), without undoing API writes:
 *
 * - a bound is set only while it has no precision and still holds what the earlier seed
 *   wrote: null (undated) or the same day, and a new start never lands after a recorded end;
 * - the document and the note are set on the seats the seed wrote (no API write sets either);
 * - bounds the API wrote before precision existed are exact days: they become EXACT.
 *
 * Every statement finds nothing left to do on a second run, or on a database seeded fresh.
 */
export async function correctMembershipDates(manager: EntityManager, seats: Membership[]) {
  const update = () => manager.createQueryBuilder().update(Membership);
  for (const seat of seats) {
    if (seat.from !== null && seat.fromPrecision !== null) {
      await update()
        .set({ from: seat.from, fromPrecision: seat.fromPrecision })
        .where('id = :id AND from_precision IS NULL', { id: seat.id })
        .andWhere('(valid_from IS NULL OR valid_from = :from)', { from: seat.from })
        .andWhere('(valid_to IS NULL OR valid_to >= :from)', { from: seat.from })
        .execute();
    }
    if (seat.to !== null && seat.toPrecision !== null) {
      await update()
        .set({ to: seat.to, toPrecision: seat.toPrecision })
        .where('id = :id AND to_precision IS NULL', { id: seat.id })
        .andWhere('(valid_to IS NULL OR valid_to = :to)', { to: seat.to })
        .andWhere('(valid_from IS NULL OR valid_from <= :to)', { to: seat.to })
        .execute();
    }
    await update()
      .set({
        documentedOn: seat.documentedOn,
        documentedMeetingId: seat.documentedMeetingId,
        note: seat.note,
      })
      .where('id = :id AND documented_meeting_id IS NULL', { id: seat.id })
      .execute();
  }
  await update()
    .set({ fromPrecision: DatePrecision.EXACT })
    .where('valid_from IS NOT NULL AND from_precision IS NULL')
    .execute();
  await update()
    .set({ toPrecision: DatePrecision.EXACT })
    .where('valid_to IS NOT NULL AND to_precision IS NULL')
    .execute();
}
