import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';

/**
 * What a read tells caches between the caller and the gateway (a CDN, a browser), which our
 * writes cannot invalidate. A cacheable GET may be stored but must be revalidated before
 * every use (`no-cache`): the revalidation sends the ETag (Express's, a hash of the answer)
 * back as If-None-Match, and the gateway, answering from its own cache, sends 304 without the
 * body when the answer is unchanged. Never stale after a write, and cheap when unchanged.
 * `public` only when the answer is public and the request carried no token; a POST, an
 * answer with errors, and anything uncacheable is `no-store`, as before.
 */
export function cacheControlHeader(
  requestContext: Pick<
    GraphQLRequestContext<object>,
    'request' | 'response' | 'operation' | 'overallCachePolicy'
  >,
): string {
  const { request, response, operation } = requestContext;
  const policy = requestContext.overallCachePolicy.policyIfCacheable();
  const body = response.body;
  const answered = body?.kind === 'single' && !body.singleResult.errors;
  if (request.http?.method !== 'GET' || operation?.operation !== 'query' || !policy || !answered)
    return 'no-store';
  const shared = policy.scope === 'PUBLIC' && !request.http.headers.get('authorization');
  return shared ? 'public, no-cache' : 'private, no-cache';
}

export const cdnHeadersPlugin = (): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async willSendResponse(requestContext) {
        requestContext.response.http.headers.set(
          'cache-control',
          cacheControlHeader(requestContext),
        );
      },
    };
  },
});
