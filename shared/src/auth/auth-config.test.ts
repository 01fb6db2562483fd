import { loadConfig } from '../config';
import { requireProductionAuth } from './production';
import { writesDisabledReason, writesStatus } from './read-only';

const SECRET = 'x'.repeat(64);

describe('token configuration in production', () => {
  it('refuses to start with a development secret, naming the variable', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', SUBGRAPH_SECRET: SECRET, AUTH_DEV_SECRET: 'mine' }),
    ).toThrow(/AUTH_DEV_SECRET/);
    // Even beside an identity provider, and even the public default of the code.
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        AUTH_JWKS_URL: 'https://helseid-sts.nhn.no/.well-known/openid-configuration/jwks',
        AUTH_DEV_SECRET: 'ehelse-graph-development-secret-not-for-production',
      }),
    ).toThrow(/AUTH_DEV_SECRET/);
  });

  it('refuses a configuration built by hand that carries a development secret', () => {
    const development = loadConfig({});
    expect(() => requireProductionAuth({ ...development, production: true }, 'gateway')).toThrow(
      /AUTH_DEV_SECRET/,
    );
    expect(() => requireProductionAuth(development, 'gateway')).not.toThrow();
  });

  it('starts read-only without an identity provider, and says why', () => {
    const config = loadConfig({ NODE_ENV: 'production' });
    expect(config.auth.devSecret).toBeUndefined();
    expect(writesDisabledReason(config.auth)).toMatch(/AUTH_JWKS_URL/);
    expect(writesStatus(config.auth)).toMatchObject({ writes: 'disabled' });
  });

  it('refuses closed reads without an identity provider: nobody could read', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_REQUIRED_FOR_READS: 'true' })).toThrow(
      /AUTH_JWKS_URL/,
    );
  });

  it('wants the JWKS over https in production', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', AUTH_JWKS_URL: 'http://idp.example/jwks' }),
    ).toThrow(/https/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks' }),
    ).toThrow(/AUTH_ISSUER/);
    const config = loadConfig({
      NODE_ENV: 'production',
      AUTH_JWKS_URL: 'https://idp.example/jwks',
      AUTH_ISSUER: 'https://idp.example',
      AUTH_AUDIENCE: '',
    });
    expect(config.auth.audience).toBe('ehelse-graph');
    expect(writesStatus(config.auth)).toEqual({});
    expect(config.auth.maxTokenLifetimeSeconds).toBe(3600);
  });

  it('keeps development working with long-lived development tokens and reads the limits', () => {
    const config = loadConfig({});
    expect(config.auth.devSecret).toBeDefined();
    expect(config.auth.maxTokenLifetimeSeconds).toBeGreaterThanOrEqual(8 * 3600);
    const tuned = loadConfig({
      AUTH_MAX_TOKEN_LIFETIME_SECONDS: '600',
      AUTH_CLOCK_SKEW_SECONDS: '30',
      AUTH_JWKS_TIMEOUT_MS: '500',
    });
    expect(tuned.auth).toMatchObject({
      maxTokenLifetimeSeconds: 600,
      clockSkewSeconds: 30,
      jwksTimeoutMs: 500,
    });
    expect(() => loadConfig({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: '0' })).toThrow(
      /AUTH_MAX_TOKEN_LIFETIME_SECONDS/,
    );
  });
});
