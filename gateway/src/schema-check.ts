import { Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { GraphQLSchema, buildSchema } from 'graphql';
import { apiSchemaOf, printApiSchema } from './api-schema';

/**
 * The schema check: breaking changes of the public API schema against a committed baseline
 * fail unless the schema changelog lists them as deliberate. Used by scripts/schema-check.js.
 */

/** The baseline file: a header saying what it is, then the printed API schema. */
export function baselineFile(supergraphSdl: string, takenFrom: string): string {
  const header = [
    '# Baseline of the public API schema (the supergraph without join__/link), for `npm run schema:check`.',
    `# Taken from: ${takenFrom}.`,
    '# Breaking changes against it fail CI unless gateway/schema/CHANGELOG.md lists them under Unreleased.',
    '# Move it forward at a release, once the changelog lists the changes:',
    '# `npm run schema:check -- --write-baseline`, and rename Unreleased to the release.',
  ];
  return `${header.join('\n')}\n\n${printApiSchema(supergraphSdl)}\n`;
}

// A deliberate breaking change in the changelog: - BREAKING `Type.field`: reason
const BREAKING_ENTRY = /^\s*[-*]\s+BREAKING\s+`([^`]+)`/;

/**
 * Paths listed as deliberate breaking changes in the changelog's Unreleased section. Only
 * that section counts: released sections describe changes the baseline already contains.
 */
export function deliberateBreakingPaths(changelog: string): Set<string> {
  const paths = new Set<string>();
  let inUnreleased = false;
  for (const line of changelog.split('\n')) {
    if (/^##\s/.test(line)) inUnreleased = /^##\s+\[?Unreleased\]?/i.test(line);
    const entry = inUnreleased ? BREAKING_ENTRY.exec(line) : null;
    if (entry) paths.add(entry[1]);
  }
  return paths;
}

/** The changelog names a change by its path; the few schema-level changes without one, by type. */
export function changeKey(change: Change): string {
  return change.path ?? change.type;
}

export interface SchemaCheckResult {
  passed: boolean;
  /** Breaking changes the changelog does not list: these fail the check. */
  unlisted: Change[];
  /** Breaking changes the changelog lists as deliberate. */
  deliberate: Change[];
  dangerous: Change[];
  nonBreaking: Change[];
  /** Changelog entries that match no breaking change (stale, or a typo in the path). */
  unusedEntries: string[];
}

/** Compares the baseline with the current API schema (both SDL, any federation stripped already). */
export async function checkSchema(
  baselineSdl: string,
  currentSdl: string,
  changelog: string,
): Promise<SchemaCheckResult> {
  const changes = await diff(buildSchema(baselineSdl), buildSchema(currentSdl));
  const listed = deliberateBreakingPaths(changelog);
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const unlisted = breaking.filter((c) => !listed.has(changeKey(c)));
  const breakingKeys = new Set(breaking.map(changeKey));
  return {
    passed: unlisted.length === 0,
    unlisted,
    deliberate: breaking.filter((c) => listed.has(changeKey(c))),
    dangerous: changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous),
    nonBreaking: changes.filter((c) => c.criticality.level === CriticalityLevel.NonBreaking),
    unusedEntries: [...listed].filter((path) => !breakingKeys.has(path)),
  };
}

/** A report a person can act on: what fails and how to fix it, then everything else that changed. */
export function formatSchemaCheck(result: SchemaCheckResult, changelogName: string): string {
  const line = (c: Change) => `  - ${c.message} (${changeKey(c)})`;
  const section = (title: string, changes: Change[]) =>
    changes.length ? [`${title}:`, ...changes.map(line)] : [];
  const out = [
    `Schema changes against the baseline: ${result.unlisted.length + result.deliberate.length} breaking ` +
      `(${result.deliberate.length} listed as deliberate), ${result.dangerous.length} dangerous, ` +
      `${result.nonBreaking.length} non-breaking.`,
    ...section('Dangerous', result.dangerous),
    ...section('Non-breaking', result.nonBreaking),
    ...section('Deliberate breaking (listed in the changelog)', result.deliberate),
    ...result.unusedEntries.map(
      (path) => `Note: ${changelogName} lists \`${path}\` as breaking, but no such change.`,
    ),
    ...section('BREAKING, not listed in the changelog', result.unlisted),
  ];
  out.push(
    result.passed
      ? 'Schema check passed.'
      : `Schema check failed. If a change is deliberate, list it in the Unreleased section of ` +
          `${changelogName} as: - BREAKING \`<path>\`: <reason>; otherwise keep the old schema.`,
  );
  return out.join('\n');
}
