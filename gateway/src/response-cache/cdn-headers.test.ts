import { HeaderMap, type GraphQLRequestContext } from '@apollo/server';
import { cacheControlHeader } from './cdn-headers';

type Scope = 'PUBLIC' | 'PRIVATE';

const read = (
  options: {
    method?: string;
    operation?: 'query' | 'mutation';
    policy?: { maxAge: number; scope: Scope } | null;
    errors?: boolean;
    authorization?: string;
  } = {},
) => {
  const headers = new HeaderMap();
  if (options.authorization) headers.set('authorization', options.authorization);
  const policy = options.policy === undefined ? { maxAge: 900, scope: 'PUBLIC' } : options.policy;
  return {
    request: { http: { method: options.method ?? 'GET', headers, search: '', body: undefined } },
    operation: { operation: options.operation ?? 'query' },
    response: {
      http: { headers: new HeaderMap() },
      body: {
        kind: 'single',
        singleResult: { data: {}, ...(options.errors ? { errors: [{ message: 'x' }] } : {}) },
      },
    },
    overallCachePolicy: { policyIfCacheable: () => policy },
  } as unknown as GraphQLRequestContext<object>;
};

describe('the Cache-Control a read tells a CDN', () => {
  it('lets a CDN keep a public GET, revalidating it before every use', () => {
    expect(cacheControlHeader(read())).toBe('public, no-cache');
  });

  it('keeps an answer for a caller with a token, or a private one, out of shared caches', () => {
    expect(cacheControlHeader(read({ authorization: 'Bearer x' }))).toBe('private, no-cache');
    expect(cacheControlHeader(read({ policy: { maxAge: 900, scope: 'PRIVATE' } }))).toBe(
      'private, no-cache',
    );
  });

  it('stores nothing of a POST, a mutation, an answer with errors or an uncacheable one', () => {
    expect(cacheControlHeader(read({ method: 'POST' }))).toBe('no-store');
    expect(cacheControlHeader(read({ operation: 'mutation' }))).toBe('no-store');
    expect(cacheControlHeader(read({ errors: true }))).toBe('no-store');
    expect(cacheControlHeader(read({ policy: null }))).toBe('no-store');
  });
});
