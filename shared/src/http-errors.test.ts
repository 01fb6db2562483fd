import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { bodyErrors } from './http-errors';

/** express.json's refusals become GraphQL errors with a code, never Express's HTML page. */
describe('bodyErrors', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    const app = express();
    app.post(
      '/graphql',
      express.json({ limit: 100 }),
      bodyErrors,
      (_req: express.Request, res: express.Response) => {
        res.json({ data: {} });
      },
    );
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const json = (response: Response): Promise<any> => response.json();
  const post = (body: string) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers malformed JSON with 400 BAD_REQUEST', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect((await json(response)).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers an oversized body with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await post(JSON.stringify({ query: 'x'.repeat(200) }));
    expect(response.status).toBe(413);
    expect((await json(response)).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
