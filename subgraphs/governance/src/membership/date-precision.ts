import { registerEnumType } from 'type-graphql';

/** How much of a membership's first or last day the documents give. */
export enum DatePrecision {
  EXACT = 'EXACT',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
  AS_OF_DOCUMENT = 'AS_OF_DOCUMENT',
}
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description:
    'Precision of a date (datering) that bounds a seat: how much of it the documents print. The date itself is stored as the inclusive bound that precision allows, so filters on a date (activeOn) count the seat only as far as the documents support it.',
  valuesConfig: {
    EXACT: {
      description:
        'Exact day (eksakt dato): printed, or written through the API (recordMembership, endMembership).',
    },
    MONTH: {
      description:
        'Only the month is printed (måned): `from` is its first day, `to` its last, and the seat counts for the whole month.',
    },
    YEAR: {
      description:
        'Only the year is known (år), printed or inferred as the note says: `from` is 1 January, `to` 31 December, and the seat counts for the whole year.',
    },
    AS_OF_DOCUMENT: {
      description:
        'Not printed; dated by the document that prints the seat (per dokumentets dato, see documentedOn and documentedAt): `from` is the first and `to` the last day that document supports, e.g. the meeting date of a member list. The real date may lie before `from` or after `to`.',
    },
  },
});

/**
 * Whether a seat's end is still unknown: open, or only where the document that prints the seat
 * stops showing it (AS_OF_DOCUMENT). Such an end is the documents' limit, not a printed end, so a
 * write may replace it with the real, exact day.
 */
export const endIsUnknown = (seat: { to: string | null; toPrecision: DatePrecision | null }) =>
  seat.to === null || seat.toPrecision === DatePrecision.AS_OF_DOCUMENT;

/** Which end of a seat a date bounds. */
export type Bound = 'from' | 'to';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
const ISO_YEAR = /^\d{4}$/;

/** The last day of a month, e.g. 2024-02 → 29. */
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const isRealDay = (day: string) => {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
};

/**
 * The inclusive ISO day a printed date stands for as the `from` or `to` of a seat: "2022" with
 * YEAR is 2022-01-01 as a start and 2022-12-31 as an end, "2022-02" with MONTH 2022-02-01 or
 * 2022-02-28; EXACT and AS_OF_DOCUMENT take a whole day, which is kept. Null (open) stays null.
 * Throws on a value that does not match its precision, so a transcription slip fails the seed.
 */
export function boundOf(
  value: string | null,
  precision: DatePrecision | null,
  bound: Bound,
): string | null {
  if (value === null) {
    if (precision !== null) throw new Error(`An open ${bound} has no precision (${precision})`);
    return null;
  }
  if (precision === null) throw new Error(`The ${bound} ${value} needs a precision`);
  const wrong = () => new Error(`${value} is not a ${bound} date of precision ${precision}`);
  switch (precision) {
    case DatePrecision.EXACT:
    case DatePrecision.AS_OF_DOCUMENT:
      if (!ISO_DAY.test(value) || !isRealDay(value)) throw wrong();
      return value;
    case DatePrecision.MONTH: {
      if (!ISO_MONTH.test(value)) throw wrong();
      const [year, month] = value.split('-').map(Number);
      if (month < 1 || month > 12) throw wrong();
      const day = bound === 'from' ? 1 : lastDayOf(year, month);
      return `${value}-${String(day).padStart(2, '0')}`;
    }
    case DatePrecision.YEAR:
      if (!ISO_YEAR.test(value)) throw wrong();
      return bound === 'from' ? `${value}-01-01` : `${value}-12-31`;
    default:
      throw wrong();
  }
}
