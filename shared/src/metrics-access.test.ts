import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { loadConfig } from './config';
import { metricsAccess } from './metrics-access';

/** A /metrics route behind the guard, on loopback, as each service mounts it. */
async function serve(env: NodeJS.ProcessEnv) {
  const app = express();
  app.get('/metrics', metricsAccess(loadConfig(env), 'test'), (_req, res) => {
    res.type('text/plain').send('graphql_requests_total 1\n');
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('/metrics access', () => {
  it('is open in development without METRICS_TOKEN', async () => {
    const served = await serve({ NODE_ENV: 'development' });
    try {
      expect((await fetch(served.url)).status).toBe(200);
    } finally {
      await served.close();
    }
  });

  it('needs the bearer token when METRICS_TOKEN is set', async () => {
    const served = await serve({ NODE_ENV: 'development', METRICS_TOKEN: 'scrape-me' });
    try {
      const without = await fetch(served.url);
      expect(without.status).toBe(401);
      expect(without.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(((await without.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      for (const authorization of ['Bearer wrong', 'Bearer scrape-me-not', 'scrape-me'])
        expect((await fetch(served.url, { headers: { authorization } })).status).toBe(401);
      const withToken = await fetch(served.url, { headers: { authorization: 'Bearer scrape-me' } });
      expect(withToken.status).toBe(200);
      expect(await withToken.text()).toMatch(/graphql_requests_total/);
    } finally {
      await served.close();
    }
  });

  it('in production without METRICS_TOKEN answers this host only, never what a proxy forwards', async () => {
    const served = await serve({ NODE_ENV: 'production' });
    try {
      expect((await fetch(served.url)).status).toBe(200);
      const forwarded = await fetch(served.url, { headers: { 'x-forwarded-for': '203.0.113.7' } });
      expect(forwarded.status).toBe(403);
      expect(((await forwarded.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
      const viaForwarded = await fetch(served.url, { headers: { forwarded: 'for=203.0.113.7' } });
      expect(viaForwarded.status).toBe(403);
      const viaRealIp = await fetch(served.url, { headers: { 'x-real-ip': '203.0.113.7' } });
      expect(viaRealIp.status).toBe(403);
    } finally {
      await served.close();
    }
  });

  it('in production with METRICS_TOKEN needs the token from this host too', async () => {
    const served = await serve({ NODE_ENV: 'production', METRICS_TOKEN: 'scrape-me' });
    try {
      expect((await fetch(served.url)).status).toBe(401);
      const withToken = await fetch(served.url, { headers: { authorization: 'Bearer scrape-me' } });
      expect(withToken.status).toBe(200);
    } finally {
      await served.close();
    }
  });
});
