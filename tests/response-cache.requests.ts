import http from 'node:http';
import { sqlStatements } from '@ehelse/shared/db';
import type { Config } from '@ehelse/shared/runtime';
import { graphqlRequest } from '@ehelse/test-kit';

/** One project across the three subgraphs: what a dashboard asks again and again. */
export const PROJECT = `query Project($id: ID!) {
  project(id: $id) {
    name
    leader
    responsibleOrganisation { name }
    budget(year: 2019) { amount costShares { funder { code } amount } }
    agendaItemsConnection(first: 5) { totalCount edges { node { title meeting { date } } } }
    measures { code title }
  }
}`;
export const RENAME = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { name } }`;

export const cacheOn =
  (redisUrl?: string) =>
  (config: Config): Config => ({
    ...config,
    responseCache: { ...config.responseCache, enabled: true, redisUrl },
  });

/** A request through `url`, with the SQL statements every subgraph of this process ran for it. */
export async function measured(
  url: string,
  query: string,
  variables?: object,
  headers: Record<string, string> = {},
) {
  const before = sqlStatements.total();
  const answer = await graphqlRequest(url, query, variables, { headers });
  return { ...answer, statements: sqlStatements.total() - before, age: answer.headers.get('age') };
}

/** A GET as a CDN revalidating sends it: the headers given, nothing added. */
export function httpGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Headers; text: string }>((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: new Headers(response.headers as Record<string, string>),
            text,
          }),
        );
      })
      .on('error', reject);
  });
}
