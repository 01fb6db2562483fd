import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { subgraphHttpClient, SubgraphTimeout } from './subgraph-http';

/**
 * A subgraph that answers the first request of each connection and resets the connection
 * when a second one arrives on it: what a kept-alive connection closed at the wrong moment does.
 */
async function resettingServer(delayMs = 0) {
  const connections = new Set<string>();
  let answered = 0;
  const server = http.createServer((req, res) => {
    const key = `${req.socket.remotePort}`;
    if (connections.has(key)) return req.socket.destroy();
    connections.add(key);
    req.resume();
    req.on('end', () =>
      setTimeout(() => {
        answered += 1;
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'max-age=60, public');
        res.end(JSON.stringify({ data: { answered } }));
      }, delayMs),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

const post = (query: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query }),
});

describe('the gateway’s HTTP client to the subgraphs', () => {
  it('reads the answer, its status and headers', async () => {
    const server = await resettingServer();
    const client = subgraphHttpClient({ timeoutMs: 2_000 });
    try {
      const response = await client.fetcher(server.url, post('{ a }'));
      expect(response.status).toBe(200);
      expect(response.ok).toBe(true);
      expect(response.headers.get('Cache-Control')).toBe('max-age=60, public');
      expect(await response.json()).toEqual({ data: { answered: 1 } });
    } finally {
      client.close();
      await server.close();
    }
  });

  it('sends a read once more when its kept-alive connection was reset, but never a write', async () => {
    const server = await resettingServer();
    const client = subgraphHttpClient({ timeoutMs: 2_000 });
    try {
      await client.fetcher(server.url, post('{ a }'));
      const again = await client.fetcher(server.url, post('{ a }'));
      expect(await again.json()).toEqual({ data: { answered: 2 } });
      await expect(client.fetcher(server.url, post('mutation { b }'))).rejects.toMatchObject({
        code: 'ECONNRESET',
      });
    } finally {
      client.close();
      await server.close();
    }
  });

  it('gives up after the time limit', async () => {
    const server = await resettingServer(1_000);
    const client = subgraphHttpClient({ timeoutMs: 100 });
    try {
      await expect(client.fetcher(server.url, post('{ a }'))).rejects.toBeInstanceOf(
        SubgraphTimeout,
      );
    } finally {
      client.close();
      await server.close();
    }
  });
});
