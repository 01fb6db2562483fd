import { loadConfig, signDevToken, type Role } from '@ehelse/shared';

/** Test support: what a GraphQL request over HTTP answered. */
export interface Answer {
  data: any;
  errors?: { message: string; extensions: { code: string; field?: string } }[];
}

/** Posts GraphQL to a running subgraph, as a role (with a development token) or anonymously. */
export async function graphqlClient(url: string) {
  const auth = loadConfig().auth;
  const tokens = {
    admin: await signDevToken(auth, { role: 'admin' }),
    reporter: await signDevToken(auth, { role: 'reporter', organisationId: 'helse-vest-rhf' }),
    reader: await signDevToken(auth, { role: 'reader' }),
  } satisfies Record<Role, string>;
  return async (
    as: Role | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<Answer> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(as ? { authorization: `Bearer ${tokens[as]}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer;
  };
}

/** Each error's code and field, to compare with e.g. `[{ code: 'FORBIDDEN' }]`. */
export const errorsOf = (answer: Answer) =>
  (answer.errors ?? []).map(({ extensions }) => ({
    code: extensions.code,
    field: extensions.field,
  }));
