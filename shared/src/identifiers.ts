import { badInput, notFound } from './errors';

/**
 * The syntax of every kind of identifier the API takes, checked before any query: an id
 * that cannot exist never reaches the database, whose comparison rules (case, trailing
 * spaces, NUL) differ between MySQL and sql.js.
 */
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

const SYNTAX = {
  /** The data's slug rule (data/README.md): ASCII lowercase, digits, single hyphens. */
  slug: { pattern: new RegExp(`^${SLUG}$`), maxLength: 100, example: '"helse-vest-rhf"' },
  /** Portfolio ids ("107"); the schema also allows letters and "-" for new projects. */
  project: { pattern: /^[A-Za-z0-9-]+$/, maxLength: 20, example: '"107"' },
  /** Codes: "1.1", "RM3", "RM3-T4", "RM5-T3.1", "1.2.1". */
  code: { pattern: /^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/, maxLength: 20, example: '"RM3-T4"' },
  /** A seat: body, person and ordinal, e.g. "nuit:rune-simensen:1". */
  membership: {
    pattern: new RegExp(`^${SLUG}:${SLUG}:[0-9]+$`),
    maxLength: 250,
    example: '"nuit:rune-simensen:1"',
  },
} as const;

export type IdKind = keyof typeof SYNTAX;

export function isId(kind: IdKind, value: string): boolean {
  const { pattern, maxLength } = SYNTAX[kind];
  return value.length <= maxLength && pattern.test(value);
}

/** BAD_USER_INPUT naming `field` unless `value` has the syntax of a `kind` id. */
export function requireId(kind: IdKind, field: string, value: string) {
  if (isId(kind, value)) return;
  const { maxLength, example } = SYNTAX[kind];
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  throw badInput(
    field,
    `${JSON.stringify(shown)} is not a valid ${field} (like ${example}, at most ${maxLength} characters)`,
  );
}

/** The same for an optional id: null and undefined pass. */
export function requireIdIfGiven(kind: IdKind, field: string, value: string | null | undefined) {
  if (value !== null && value !== undefined) requireId(kind, field, value);
}

/**
 * For the id of the row a mutation changes: one that cannot exist is NOT_FOUND, as a
 * missing one is, only without the query.
 */
export function requireTargetId(kind: IdKind, what: string, value: string) {
  if (!isId(kind, value)) throw notFound(what, value);
}
