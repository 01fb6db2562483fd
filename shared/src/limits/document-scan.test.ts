import { scanDocument } from './document-scan';

const limits = { maxTokens: 100, maxNesting: 5 };
const codeOf = (text: string) => {
  try {
    scanDocument(text, limits);
    return 'accepted';
  } catch (error: any) {
    return error.extensions.code;
  }
};

describe('document scan before parsing', () => {
  it('accepts an ordinary query', () => {
    expect(codeOf('{ councils { meetings { number } } }')).toBe('accepted');
  });

  it('refuses selections nested deeper than the limit, inline fragments included', () => {
    const nested = '{ ' + '... on Query { '.repeat(5) + '__typename' + ' }'.repeat(6);
    expect(codeOf(nested)).toBe('QUERY_TOO_NESTED');
  });

  it('refuses 3 000 nested inline fragments without recursing', () => {
    const nested = '{ ' + '... on Query { '.repeat(3000) + '__typename' + ' }'.repeat(3001);
    expect(() => scanDocument(nested, { maxTokens: 100_000, maxNesting: 30 })).toThrow(/nest/);
  });

  it('refuses deeply nested list values, which graphql-js also parses recursively', () => {
    const lists = `{ measures(filter: { codes: ${'['.repeat(2_400)}${']'.repeat(2_400)} }) { totalCount } }`;
    expect(() => scanDocument(lists, { maxTokens: 100_000, maxNesting: 30 })).toThrow(/nest/);
  });

  it('refuses documents with too many tokens', () => {
    expect(codeOf(`{ ${'a: __typename '.repeat(40)} }`)).toBe('QUERY_TOO_LONG');
  });

  it('ignores braces inside strings and leaves syntax errors to the parser', () => {
    expect(codeOf('{ councils(name: "{{{{{{{{") { id } }')).toBe('accepted');
    expect(codeOf('{ "unterminated')).toBe('accepted');
  });
});
