import { errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config';
import { principalOf, type EhelseClaims } from './claims';
import { remoteKeySet } from './key-set';
import { applyClaimMapping } from './org-number';
import { refusal, refusalReasonOf, type RefusalReason } from './refusals';
import type { Principal } from './roles';

export type Verifier = (authorization: string | undefined) => Promise<Principal | null>;

/** Asymmetric algorithms only for the identity provider: an HMAC token "signed" with its public key is refused. */
export const JWKS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];
/** The development secret signs HS256 and nothing else. */
export const DEV_ALGORITHMS = ['HS256'];
/** An unknown `kid` is looked up again at most this often. */
const MIN_JWKS_REFRESH_INTERVAL_MS = 1000;

type Key = JWTVerifyGetKey | Uint8Array;

/** Where tokens are checked, or undefined when nothing can check them (a read-only deployment). */
function keyOf(config: AuthConfig): { key: Key; algorithms: string[] } | undefined {
  if (config.jwksUrl)
    return {
      key: remoteKeySet(new URL(config.jwksUrl), {
        timeoutMs: config.jwksTimeoutMs,
        cacheMaxAgeMs: config.jwksCacheSeconds * 1000,
        minRefreshIntervalMs: MIN_JWKS_REFRESH_INTERVAL_MS,
      }),
      algorithms: JWKS_ALGORITHMS,
    };
  if (config.devSecret)
    return { key: new TextEncoder().encode(config.devSecret), algorithms: DEV_ALGORITHMS };
  return undefined;
}

/** What a jose error says about the token, as one of the bounded refusal reasons. */
function reasonOfJoseError(error: unknown): RefusalReason {
  if (error instanceof joseErrors.JWTExpired) return 'expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'exp') return error.reason === 'missing' ? 'missing_exp' : 'invalid_claims';
    if (error.claim === 'nbf') return 'not_yet_valid';
    if (error.claim === 'iss') return 'wrong_issuer';
    if (error.claim === 'aud') return 'wrong_audience';
    return 'invalid_claims';
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'algorithm_not_allowed';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'bad_signature';
  if (
    error instanceof joseErrors.JWKSNoMatchingKey ||
    error instanceof joseErrors.JWKSMultipleMatchingKeys
  )
    return 'unknown_key';
  return 'malformed_token';
}

const MESSAGES: Partial<Record<RefusalReason, string>> = {
  expired: 'The token has expired',
  missing_exp: 'The token must carry an expiry (exp)',
  not_yet_valid: 'The token is not valid yet (nbf)',
  algorithm_not_allowed: 'The token is signed with an algorithm this API does not accept',
};

/** `iat` in the future or a lifetime beyond the maximum: tokens are short-lived or refused. */
function checkLifetime(payload: EhelseClaims, config: AuthConfig) {
  const now = Math.floor(Date.now() / 1000);
  const skew = config.clockSkewSeconds;
  if (typeof payload.iat === 'number' && payload.iat > now + skew)
    throw refusal('issued_in_future', 'The token is issued in the future (iat)');
  const lifetime =
    typeof payload.iat === 'number' ? payload.exp! - payload.iat : payload.exp! - now - skew;
  if (lifetime > config.maxTokenLifetimeSeconds)
    throw refusal(
      'lifetime_too_long',
      `The token lives longer than the ${config.maxTokenLifetimeSeconds} s this API accepts (exp)`,
    );
}

/**
 * Verifies bearer tokens: against the identity provider's JWKS in production, against the
 * development secret otherwise. No header gives null (anonymous); a header with a bad, forged,
 * expired or overlong token is refused, never ignored. Without either (production without
 * AUTH_JWKS_URL) no token can be checked and none could grant anything, since writes are
 * disabled (see read-only.ts): every caller reads anonymously.
 */
export function createVerifier(config: AuthConfig): Verifier {
  const verification = keyOf(config);
  return async (authorization) => {
    if (!authorization || !verification) return null;
    const [scheme, token, extra] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token || extra !== undefined)
      throw refusal('malformed_header', 'The Authorization header must be "Bearer <token>"');
    let payload: EhelseClaims;
    try {
      ({ payload } = await jwtVerify<EhelseClaims>(token, verification.key as never, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: verification.algorithms,
        requiredClaims: ['exp'],
        clockTolerance: config.clockSkewSeconds,
      }));
    } catch (error) {
      if (refusalReasonOf(error)) throw error; // e.g. the identity provider is unavailable
      const reason = reasonOfJoseError(error);
      throw refusal(reason, MESSAGES[reason] ?? 'The token is not valid');
    }
    checkLifetime(payload, config);
    return principalOf(applyClaimMapping(payload, config.claimMapping));
  };
}
