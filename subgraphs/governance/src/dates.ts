/** A `Date` argument (parsed by the Date scalar as UTC midnight) as the ISO string the tables store. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
