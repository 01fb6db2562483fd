import fs from 'node:fs';
import path from 'node:path';
import { apiSchemaOf } from './api-schema';
import { checkSchema, deliberateBreakingPaths, formatSchemaCheck } from './schema-check';

const BASELINE = `
  enum Kind { DECISION DISCUSSION }
  type Meeting { id: ID! number: Int! kind: Kind! agenda: [String!]! }
  type Query { meetings: [Meeting!]! }
`;
const NO_CHANGELOG = '# API schema changelog\n\n## Unreleased\n';

const check = (current: string, changelog = NO_CHANGELOG) =>
  checkSchema(BASELINE, current, changelog);
const unlistedPaths = async (current: string) => (await check(current)).unlisted.map((c) => c.path);

describe('schema check', () => {
  it('passes an unchanged schema', async () => {
    const result = await check(BASELINE);
    expect(result.passed).toBe(true);
    expect(formatSchemaCheck(result, 'CHANGELOG.md')).toMatch(/0 breaking.*\nSchema check passed/);
  });

  it('fails a removed field and names its path', async () => {
    const result = await check(BASELINE.replace('number: Int! ', ''));
    expect(result.passed).toBe(false);
    expect(result.unlisted.map((c) => c.path)).toEqual(['Meeting.number']);
    expect(formatSchemaCheck(result, 'CHANGELOG.md')).toContain(
      "Field 'number' was removed from object type 'Meeting' (Meeting.number)",
    );
  });

  it('fails a changed field type', async () => {
    expect(await unlistedPaths(BASELINE.replace('number: Int!', 'number: String!'))).toEqual([
      'Meeting.number',
    ]);
  });

  it('fails a removed enum value', async () => {
    expect(await unlistedPaths(BASELINE.replace(' DISCUSSION', ''))).toEqual(['Kind.DISCUSSION']);
  });

  it('fails a new required argument', async () => {
    expect(await unlistedPaths(BASELINE.replace('meetings:', 'meetings(year: Int!):'))).toEqual([
      'Query.meetings.year',
    ]);
  });

  it('passes a breaking change the Unreleased section lists as deliberate', async () => {
    const changelog = `${NO_CHANGELOG}\n### Breaking\n\n- BREAKING \`Meeting.number\`: use id\n`;
    const result = await check(BASELINE.replace('number: Int! ', ''), changelog);
    expect(result.passed).toBe(true);
    expect(result.deliberate.map((c) => c.path)).toEqual(['Meeting.number']);
  });

  it('passes an added field and a deprecated one, and reports them', async () => {
    const current = BASELINE.replace(
      'agenda: [String!]!',
      'agenda: [String!]! @deprecated(reason: "Use agendaItems.") agendaItems(first: Int): [String!]!',
    );
    const result = await check(current);
    expect(result.passed).toBe(true);
    expect(result.nonBreaking.map((c) => `${c.type} ${c.path}`)).toEqual(
      expect.arrayContaining([
        'FIELD_ADDED Meeting.agendaItems',
        'FIELD_DEPRECATION_ADDED Meeting.agenda.@deprecated',
      ]),
    );
    expect(formatSchemaCheck(result, 'CHANGELOG.md')).toContain('Non-breaking:');
  });

  it('notes a changelog entry that matches no breaking change', async () => {
    const result = await check(BASELINE, `${NO_CHANGELOG}- BREAKING \`Meeting.numbr\`: typo\n`);
    expect(result.unusedEntries).toEqual(['Meeting.numbr']);
  });
});

describe('deliberateBreakingPaths', () => {
  it('reads only the Unreleased section: released changes are already in the baseline', () => {
    const changelog = [
      '# API schema changelog',
      '## Unreleased',
      '- BREAKING `Query.councils`: replaced by councilsConnection',
      '* BREAKING `Kind.DISCUSSION`: merged into DECISION',
      '- Added `Meeting.id`',
      '## 1.0.0 (2025-01-01)',
      '- BREAKING `Query.old`: gone',
    ].join('\n');
    expect([...deliberateBreakingPaths(changelog)]).toEqual(['Query.councils', 'Kind.DISCUSSION']);
  });
});

describe('committed files', () => {
  it('the baseline is a valid schema that passes against itself', async () => {
    const baseline = fs.readFileSync(
      path.join(__dirname, '..', 'schema', 'baseline.graphql'),
      'utf8',
    );
    expect((await checkSchema(baseline, baseline, NO_CHANGELOG)).passed).toBe(true);
  });

  it("strips federation's join__/link machinery from the committed supergraph", () => {
    const supergraph = fs.readFileSync(path.join(__dirname, '..', 'supergraph.graphql'), 'utf8');
    const typeNames = Object.keys(apiSchemaOf(supergraph).getTypeMap());
    expect(typeNames).toContain('Query');
    expect(typeNames.filter((name) => /^(join|link)__/.test(name))).toEqual([]);
  });
});
