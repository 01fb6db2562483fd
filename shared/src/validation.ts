import { badInput } from './errors';

/** Input checks that name the offending field in a BAD_USER_INPUT error. */
const PROJECT_ID = /^[A-Za-z0-9-]{1,20}$/;
const ORGANISATION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_SEARCH_LENGTH = 200;

export const isProjectId = (value: string) => PROJECT_ID.test(value);

/**
 * A LIKE pattern for "contains `text`", to use with ESCAPE '!': a backslash means
 * different things in MySQL and SQLite strings, "!" the same in both.
 */
export function containsPattern(field: string, text: string): string {
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badInput(field, `${field} is limited to ${MAX_SEARCH_LENGTH} characters`);
  }
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

export const validate = {
  /** The portfolio's project ids ("107"), owned by the portfolio subgraph. */
  projectId(field: string, value: string) {
    if (!isProjectId(value))
      throw badInput(
        field,
        `"${value}" is not a portfolio project id (1–20 letters, digits or "-")`,
      );
  },
  /** Organisation ids are the portfolio's slugs, e.g. "helse-vest-rhf". */
  organisationId(field: string, value: string) {
    if (value.length > 100 || !ORGANISATION_ID.test(value)) {
      throw badInput(
        field,
        `"${value}" is not an organisation id (a slug such as "helse-vest-rhf")`,
      );
    }
  },
  text(field: string, value: string | null | undefined, maxLength: number, required = false) {
    if (value === null || value === undefined) {
      if (required) throw badInput(field, `${field} is required`);
      return;
    }
    if (required && value.trim() === '') throw badInput(field, `${field} must not be empty`);
    if (value.length > maxLength)
      throw badInput(field, `${field} is limited to ${maxLength} characters`);
  },
  /** MNOK: not negative, at most `max`, at most two decimals (the column's precision). */
  money(field: string, value: number | null | undefined, max = 100_000) {
    if (value === null || value === undefined) return;
    if (!Number.isFinite(value) || value < 0)
      throw badInput(field, `${field} must be a non-negative amount in MNOK`);
    if (value > max)
      throw badInput(
        field,
        `${field} of ${value} MNOK is beyond ${max} MNOK: not a plausible amount`,
      );
    if (Math.abs(Math.round(value * 100) - value * 100) > 1e-6)
      throw badInput(field, `${field} has more than two decimals`);
  },
  year(field: string, value: number) {
    if (!Number.isInteger(value) || value < 2000 || value > 2100)
      throw badInput(field, `${field} must be a year between 2000 and 2100`);
  },
  integerIn(field: string, value: number | null | undefined, min: number, max: number) {
    if (value === null || value === undefined) return;
    if (!Number.isInteger(value) || value < min || value > max)
      throw badInput(field, `${field} must be between ${min} and ${max}`);
  },
};
