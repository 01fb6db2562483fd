import { badInput } from '@ehelse/shared/runtime';

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MINUTES_PER_DAY = 24 * 60;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
const pad = (n: number) => String(n).padStart(2, '0');

/** A time of day as the agendas print it, "HH:MM" on the 24-hour clock. */
export function validateClockTime(field: string, value: string | null | undefined) {
  if (value !== null && value !== undefined && !CLOCK_TIME.test(value)) {
    throw badInput(field, `${field} must be a time of day as "HH:MM", e.g. "10:45"`);
  }
}

/** The printed end (slutt) from start and duration; null when either is missing or it passes midnight. */
export function endOf(
  startsAt: string | null | undefined,
  durationMinutes: number | null | undefined,
) {
  if (!startsAt || !durationMinutes) return null;
  const end = minutesOf(startsAt) + durationMinutes;
  return end < MINUTES_PER_DAY ? `${pad(Math.floor(end / 60))}:${pad(end % 60)}` : null;
}
