import type { MiddlewareFn } from 'type-graphql';
import { badInput } from './errors';

/**
 * Control characters (U+0000–U+001F, U+007F) are refused in every text argument: MySQL's
 * collations ignore some of them (a trailing NUL matched the id without it), exports and
 * logs carry them on. Prose that is written on several lines keeps line breaks and tabs.
 */
// C0 and C1 controls, and the bidirectional overrides that make a text display other than it reads.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_EXCEPT_LINE_BREAKS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Input fields (by name, at any depth) that hold multi-line prose or a whole file. */
const MULTI_LINE_FIELDS = new Set(['comment', 'decision', 'proposedDecision', 'csv', 'note']);

interface Refusal {
  field: string;
}

function findControlCharacter(value: unknown, field: string, name: string): Refusal | null {
  if (typeof value === 'string') {
    const rule = MULTI_LINE_FIELDS.has(name) ? CONTROL_EXCEPT_LINE_BREAKS : CONTROL;
    return rule.test(value) ? { field } : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findControlCharacter(item, `${field}[${index}]`, name);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = findControlCharacter(item, field ? `${field}.${key}` : key, key);
      if (found) return found;
    }
  }
  return null;
}

/** The offending field's path as clients write it: the input object's name is left out. */
const fieldName = (path: string) => path.replace(/^input\./, '');

/** Exported for tests; the schema builder installs it for every field with arguments. */
export function controlCharacterField(args: Record<string, unknown>): string | null {
  const found = findControlCharacter(args, '', '');
  return found ? fieldName(found.field) : null;
}

export const refuseControlCharacters: MiddlewareFn = ({ args }, next) => {
  const field = controlCharacterField(args);
  if (field !== null) {
    throw badInput(field, `${field} contains a control character (U+0000–U+001F or U+007F)`);
  }
  return next();
};
