/** A `Date` argument (parsed by the Date scalar as UTC midnight) as the ISO string the tables store. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

const DAY_MS = 24 * 60 * 60 * 1000;

/** The ISO date before an ISO date, e.g. the last day of a seat taken over on `date`. */
export const dayBefore = (date: string) =>
  isoDate(new Date(Date.parse(`${date}T00:00:00Z`) - DAY_MS));
