import { loadConfig } from '../config';
import { refusalReasonOf, refusalStatusOf } from './refusals';
import { createVerifier } from './verifier';
import { providerToken, signingKey, type SigningKey, startJwksServer } from '@ehelse/test-kit';

const verifierFor = (url: string) =>
  createVerifier(loadConfig({ AUTH_JWKS_URL: url, AUTH_JWKS_TIMEOUT_MS: '500' }).auth);

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('accepted');
    },
    (error) => ({
      code: error.extensions?.code,
      retryable: error.extensions?.retryable,
      reason: refusalReasonOf(error),
      status: refusalStatusOf(error),
    }),
  );

/** How long a promise takes to settle, in ms. */
async function timed<T>(promise: Promise<T>) {
  const started = Date.now();
  const value = await promise;
  return { value, ms: Date.now() - started };
}

describe('tokens from the identity provider (JWKS)', () => {
  let first: SigningKey;
  beforeAll(async () => {
    first = await signingKey('key-1');
  });

  it('accepts a valid RS256 token and fetches the keys once for many requests', async () => {
    const jwks = await startJwksServer([first]);
    try {
      const verify = verifierFor(jwks.url);
      const token = await providerToken(first, { role: 'reporter', org: 'helse-vest-rhf' });
      for (let i = 0; i < 5; i++)
        await expect(verify(`Bearer ${token}`)).resolves.toEqual({
          subject: 'helseid-client-1',
          role: 'reporter',
          organisationId: 'helse-vest-rhf',
        });
      expect(jwks.fetches()).toBe(1);
    } finally {
      await jwks.stop();
    }
  });

  it('accepts only asymmetric algorithms: an HS256 token keyed with anything is refused', async () => {
    const jwks = await startJwksServer([first]);
    try {
      const verify = verifierFor(jwks.url);
      const { SignJWT } = await import('jose');
      const hmac = await new SignJWT({ sub: 'x', role: 'admin' })
        .setProtectedHeader({ alg: 'HS256', kid: 'key-1' })
        .setIssuer('ehelse-graph-development')
        .setAudience('ehelse-graph')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(JSON.stringify(first.jwk)));
      expect(await failureOf(verify(`Bearer ${hmac}`))).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'algorithm_not_allowed',
      });
      // ES256 and EdDSA are on the allow-list.
      for (const alg of ['ES256', 'EdDSA']) {
        const key = await signingKey(`key-${alg}`, alg);
        jwks.publish([first, key]);
        await new Promise((resolve) => setTimeout(resolve, 1_050));
        await expect(verify(`Bearer ${await providerToken(key, {})}`)).resolves.toMatchObject({
          role: 'admin',
        });
      }
    } finally {
      await jwks.stop();
    }
  });

  it('answers an outage within a second as IDENTITY_PROVIDER_UNAVAILABLE (503, retryable)', async () => {
    const jwks = await startJwksServer([first]);
    const token = await providerToken(first, {});
    await jwks.stop();
    const verify = verifierFor(jwks.url);
    const { value, ms } = await timed(failureOf(verify(`Bearer ${token}`)));
    expect(value).toEqual({
      code: 'IDENTITY_PROVIDER_UNAVAILABLE',
      retryable: true,
      reason: 'identity_provider_unavailable',
      status: 503,
    });
    expect(ms).toBeLessThan(1_000);
    // And at once for the requests right after: the provider is not asked again at every request.
    const again = await timed(failureOf(verify(`Bearer ${token}`)));
    expect(again.value.code).toBe('IDENTITY_PROVIDER_UNAVAILABLE');
    expect(again.ms).toBeLessThan(100);
  });

  it('answers a provider that hangs within a second too', async () => {
    const jwks = await startJwksServer([first]);
    jwks.hang();
    try {
      const verify = verifierFor(jwks.url);
      const { value, ms } = await timed(
        failureOf(verify(`Bearer ${await providerToken(first, {})}`)),
      );
      expect(value.code).toBe('IDENTITY_PROVIDER_UNAVAILABLE');
      expect(ms).toBeLessThan(1_000);
    } finally {
      await jwks.stop();
    }
  });

  it('keeps accepting known keys while the provider is down', async () => {
    const jwks = await startJwksServer([first]);
    const verify = createVerifier(
      loadConfig({ AUTH_JWKS_URL: jwks.url, AUTH_JWKS_CACHE_SECONDS: '1' }).auth,
    );
    const token = await providerToken(first, {});
    await verify(`Bearer ${token}`);
    await jwks.stop();
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // the cache is stale now
    await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ role: 'admin' });
  });

  it('accepts a rotated key (new kid) at once, and a made-up kid costs one fetch at most', async () => {
    const jwks = await startJwksServer([first]);
    try {
      const verify = verifierFor(jwks.url);
      await verify(`Bearer ${await providerToken(first, {})}`);
      const rotated = await signingKey('key-2');
      jwks.publish([rotated]);
      const { ms } = await timed(
        expect(verify(`Bearer ${await providerToken(rotated, {})}`)).resolves.toMatchObject({
          role: 'admin',
        }),
      );
      expect(ms).toBeLessThan(1_500);
      const fetchesBefore = jwks.fetches();
      const stranger = await signingKey('made-up');
      const attempts = await Promise.all(
        Array.from({ length: 5 }, async () =>
          failureOf(verify(`Bearer ${await providerToken(stranger, {})}`)),
        ),
      );
      for (const attempt of attempts)
        expect(attempt).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'unknown_key' });
      expect(jwks.fetches() - fetchesBefore).toBeLessThanOrEqual(1);
    } finally {
      await jwks.stop();
    }
  });
});
