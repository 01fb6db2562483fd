import { loadConfig, signDevToken, type Role } from '@ehelse/shared/runtime';

/** A GraphQL response body, as servers and the gateway send it. */
export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

/**
 * What one GraphQL request over HTTP answered: status, headers and the JSON body (`any`
 * unless given, e.g. `GraphQLResponse<{ project: … }>`, since tests probe odd answers too).
 */
export interface GraphQLAnswer<Body = any> {
  status: number;
  headers: Headers;
  body: Body;
}

export interface GraphQLRequestOptions {
  /** Extra request headers, e.g. an Idempotency-Key or an Authorization of the test's own. */
  headers?: Record<string, string>;
  /** A bearer token, sent as `Authorization: Bearer <token>`. */
  token?: string;
}

/**
 * The tests' one GraphQL client: POSTs `query` with `variables` as JSON to `url` and answers
 * status, headers and body. Tests of malformed or hostile HTTP send their bytes with fetch.
 */
export async function graphqlRequest<Body = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown> | object,
  options: GraphQLRequestOptions = {},
): Promise<GraphQLAnswer<Body>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: Body;
  try {
    body = JSON.parse(text) as Body;
  } catch {
    throw new Error(
      `${url} answered ${response.status} with a body that is not JSON: ${text.slice(0, 500)}`,
    );
  }
  return { status: response.status, headers: response.headers, body };
}

/** The same request, answering the body only: what most tests look at. */
export const postGraphQL = async <T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> =>
  (await graphqlRequest<GraphQLResponse<T>>(url, query, variables, { headers })).body;

/** Test support: what a GraphQL request over HTTP answered, with coded errors. */
export interface Answer {
  data: any;
  errors?: { message: string; extensions: { code: string; field?: string } }[];
}

/**
 * Posts GraphQL to a running service as a role, with a development token (the reporter
 * reports for Helse Vest RHF), or anonymously (`null`).
 */
export async function graphqlClient(url: string) {
  const auth = loadConfig(process.env).auth;
  const tokens = {
    admin: await signDevToken(auth, { role: 'admin' }),
    reporter: await signDevToken(auth, { role: 'reporter', organisationId: 'helse-vest-rhf' }),
    reader: await signDevToken(auth, { role: 'reader' }),
  } satisfies Record<Role, string>;
  return async (
    as: Role | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<Answer> =>
    (await graphqlRequest(url, query, variables, { token: as ? tokens[as] : undefined }))
      .body as Answer;
}

/** Each error's code and field, to compare with e.g. `[{ code: 'FORBIDDEN' }]`. */
export const errorsOf = (answer: Answer) =>
  (answer.errors ?? []).map(({ extensions }) => ({
    code: extensions.code,
    field: extensions.field,
  }));
