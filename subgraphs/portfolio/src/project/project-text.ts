import { badInput, validate } from '@ehelse/shared';

const INVISIBLE = /[\u200b-\u200f\u2060\ufeff]/g;

/**
 * A project's name or leader as stored: trimmed, and never blank when given — a name of
 * spaces would show as an empty row in every list and export. Undefined and null mean
 * "not given" and pass through.
 */
export function trimmedText<T extends string | null | undefined>(
  field: string,
  value: T,
  maxLength: number,
): T {
  if (value === null || value === undefined) return value;
  // Zero-width characters and the BOM look like nothing too: a name of them is blank.
  const trimmed = value.replace(INVISIBLE, '').trim();
  if (trimmed === '') throw badInput(field, `${field} must not be blank`);
  validate.text(field, trimmed, maxLength);
  return trimmed as T;
}
