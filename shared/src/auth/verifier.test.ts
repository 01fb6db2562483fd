import { SignJWT, type JWTPayload } from 'jose';
import { loadConfig } from '../config';
import { signDevToken } from './dev-token';
import { refusalReasonOf } from './refusals';
import { createVerifier } from './verifier';

const auth = loadConfig({}).auth;
const verify = createVerifier(auth);
const now = () => Math.floor(Date.now() / 1000);

/** A token signed with the development secret, claims exactly as given. */
async function token(claims: JWTPayload, alg = 'HS256') {
  return new SignJWT({
    iss: auth.issuer,
    aud: auth.audience,
    sub: 'dev-admin',
    role: 'admin',
    ...claims,
  })
    .setProtectedHeader({ alg })
    .sign(new TextEncoder().encode(auth.devSecret));
}

async function refusal(bearer: string) {
  const error = await verify(`Bearer ${bearer}`).then(
    () => undefined,
    (e) => e,
  );
  expect(error).toBeDefined();
  return { code: error.extensions.code, reason: refusalReasonOf(error), message: error.message };
}

describe('token rules', () => {
  it('accepts a short-lived token, and the development tokens `npm run token` signs', async () => {
    await expect(
      verify(`Bearer ${await token({ iat: now(), exp: now() + 600 })}`),
    ).resolves.toEqual({
      subject: 'dev-admin',
      role: 'admin',
      organisationId: null,
    });
    const dev = await signDevToken(auth, { role: 'reporter', organisationId: 'helse-vest-rhf' });
    await expect(verify(`Bearer ${dev}`)).resolves.toMatchObject({
      organisationId: 'helse-vest-rhf',
    });
  });

  it('refuses a token without exp', async () => {
    expect(await refusal(await token({ iat: now() }))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'missing_exp',
    });
  });

  it('refuses a token that lives too long, with or without iat', async () => {
    const year2999 = Date.UTC(2999, 0, 1) / 1000;
    expect(await refusal(await token({ iat: now(), exp: year2999 }))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'lifetime_too_long',
    });
    expect(await refusal(await token({ exp: year2999 }))).toMatchObject({
      reason: 'lifetime_too_long',
    });
    await expect(signDevToken(auth, { role: 'admin', expiresIn: '30d' })).rejects.toThrow(
      /AUTH_MAX_TOKEN_LIFETIME_SECONDS/,
    );
  });

  it('refuses iat and nbf in the future beyond the clock skew, tolerates a little', async () => {
    expect(await refusal(await token({ iat: now() + 3600, exp: now() + 4000 }))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'issued_in_future',
    });
    expect(await refusal(await token({ nbf: now() + 600, exp: now() + 900 }))).toMatchObject({
      reason: 'not_yet_valid',
    });
    const skewed = await token({ iat: now() + 30, nbf: now() + 30, exp: now() + 600 });
    await expect(verify(`Bearer ${skewed}`)).resolves.toMatchObject({ role: 'admin' });
  });

  it('accepts only HS256 from the development secret', async () => {
    for (const alg of ['HS512', 'HS384']) {
      expect(await refusal(await token({ iat: now(), exp: now() + 600 }, alg))).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'algorithm_not_allowed',
      });
    }
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: 'x', role: 'admin', exp: now() + 60 }),
    ).toString('base64url')}.`;
    expect((await refusal(unsigned)).code).toBe('UNAUTHENTICATED');
  });

  it('refuses claims that could not be stored: over-long sub, over-long or malformed org', async () => {
    const fresh = { iat: now(), exp: now() + 600 };
    expect(await refusal(await token({ ...fresh, sub: 'x'.repeat(201) }))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'invalid_subject',
    });
    await expect(
      verify(`Bearer ${await token({ ...fresh, sub: 'x'.repeat(200) })}`),
    ).resolves.toMatchObject({ subject: 'x'.repeat(200) });
    expect(await refusal(await token({ ...fresh, sub: 'bob\u0000' }))).toMatchObject({
      reason: 'invalid_subject',
    });
    for (const org of ['a'.repeat(101), 'HELSE-VEST-RHF', 'helse-vest-rhf\u0000', 42]) {
      expect(await refusal(await token({ ...fresh, role: 'reporter', org }))).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'invalid_organisation',
      });
    }
    expect(await refusal(await token({ ...fresh, role: 'reporter' }))).toMatchObject({
      reason: 'missing_organisation',
    });
  });

  it('refuses a malformed header, a wrong issuer or audience', async () => {
    const fresh = { iat: now(), exp: now() + 600 };
    expect(await refusal(`${await token(fresh)} extra`)).toMatchObject({
      reason: 'malformed_header',
    });
    expect(await refusal(await token({ ...fresh, iss: 'someone-else' }))).toMatchObject({
      reason: 'wrong_issuer',
    });
    expect(await refusal(await token({ ...fresh, aud: 'another-api' }))).toMatchObject({
      reason: 'wrong_audience',
    });
  });

  it('lets nobody in, and refuses nothing, when no token can be verified (read-only)', async () => {
    const readOnly = createVerifier(loadConfig({ NODE_ENV: 'production' }).auth);
    await expect(readOnly(`Bearer ${await token({ exp: now() + 60 })}`)).resolves.toBeNull();
  });
});
