import { loadConfig } from './config';
import { requireSubgraphSecret, signBody, verifySignature } from './gateway-signature';

describe('gateway signatures', () => {
  const secret = 'a-shared-secret';
  const body = Buffer.from('{"query":"{ _service { sdl } }"}');
  const now = 1_700_000_000;

  it('accepts the exact body signed with the secret', () => {
    expect(verifySignature(secret, signBody(secret, body, now), body, now)).toBe(true);
  });

  it('refuses another body, another secret, a missing or garbled header', () => {
    const header = signBody(secret, body, now);
    expect(verifySignature(secret, header, Buffer.from(`${body} `), now)).toBe(false);
    expect(verifySignature('another-secret', header, body, now)).toBe(false);
    expect(verifySignature(secret, undefined, body, now)).toBe(false);
    expect(verifySignature(secret, 't=abc,v1=zz', body, now)).toBe(false);
    expect(verifySignature(secret, header.replace(/v1=../, 'v1=00'), body, now)).toBe(false);
  });

  it('refuses a signature older than 5 minutes, or as far in the future', () => {
    expect(verifySignature(secret, signBody(secret, body, now - 299), body, now)).toBe(true);
    expect(verifySignature(secret, signBody(secret, body, now - 301), body, now)).toBe(false);
    expect(verifySignature(secret, signBody(secret, body, now + 301), body, now)).toBe(false);
  });

  it('is required in production, optional in development', () => {
    const production = loadConfig({ NODE_ENV: 'production' });
    expect(() => requireSubgraphSecret(production, 'gateway')).toThrow(/SUBGRAPH_SECRET/);
    const signed = loadConfig({ NODE_ENV: 'production', SUBGRAPH_SECRET: secret });
    expect(() => requireSubgraphSecret(signed, 'gateway')).not.toThrow();
    expect(() => requireSubgraphSecret(loadConfig({}), 'gateway')).not.toThrow();
  });

  it('keeps subgraphs on loopback unless SUBGRAPH_HOST opens them', () => {
    expect(loadConfig({}).subgraphHost).toBe('127.0.0.1');
    expect(loadConfig({ SUBGRAPH_HOST: '0.0.0.0' }).subgraphHost).toBe('0.0.0.0');
  });
});
