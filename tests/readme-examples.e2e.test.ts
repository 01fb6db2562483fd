import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NoDeprecatedCustomRule, parse, validate } from 'graphql';
import { apiSchemaOf } from '../gateway/src/api-schema';
import { SUPERGRAPH_FILE } from '@ehelse/gateway';
import { examples as playgroundExamples } from '../gateway/playground/examples';
import { type Stack, startStack } from '@ehelse/test-kit';

/** The README's example queries are a client's first try: they answer within the default limits. */
const README = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
const examples = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)]
  .map((match) => match[1])
  .filter((text) => (parse(text).definitions[0] as { operation?: string }).operation === 'query');

const apiSchema = apiSchemaOf(readFileSync(SUPERGRAPH_FILE, 'utf8'));
/** What a client following the example would be warned about. */
const deprecatedFieldsIn = (query: string) =>
  validate(apiSchema, parse(query), [NoDeprecatedCustomRule]).map((error) => error.message);

describe('the README examples', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('sqljs', 'readme');
  });
  afterAll(() => stack?.stop());

  it('holds several query examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples.map((text, index) => [index + 1, text]))(
    'example %i answers without errors, uses no deprecated field and reports its cost',
    async (_index, text) => {
      const response = await stack.query(text as string);
      expect(response.errors).toBeUndefined();
      expect(deprecatedFieldsIn(text as string)).toEqual([]);
      const cost = (response as { extensions?: { cost?: { requested: number; limit: number } } })
        .extensions?.cost;
      expect(cost?.requested).toBeGreaterThan(0);
      expect(cost!.requested).toBeLessThanOrEqual(cost!.limit);
    },
  );

  it.each(playgroundExamples.map((example) => [example.title, example]))(
    'the playground example "%s" answers without errors, using no deprecated field',
    async (_title, example) => {
      const { query, variables } = example as (typeof playgroundExamples)[number];
      const response = await stack.query(query, variables ? JSON.parse(variables) : undefined);
      expect(response.errors).toBeUndefined();
      expect(query).not.toMatch(
        /\b(agendaItems|responsibleFor|responsibleForMeasures|statusReports) \{/,
      );
      expect(query).not.toMatch(/\bmemberships\(/);
    },
  );

  it('the API schema is downloadable as SDL, without federation machinery', async () => {
    const response = await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/schema.graphql'));
    expect(response.status).toBe(200);
    const sdl = await response.text();
    expect(sdl).toContain('meetingsConnection');
    expect(sdl).not.toContain('join__');
  });
});
