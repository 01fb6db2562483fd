import {
  createRemoteJWKSet,
  jwtVerify,
  SignJWT,
  errors as joseErrors,
  type JWTPayload,
} from 'jose';
import type { AuthConfig } from './config';
import { forbidden, unauthenticated } from './errors';

export type Role = 'reader' | 'reporter' | 'admin';
export const ROLES: Role[] = ['reader', 'reporter', 'admin'];

/** Who is calling, from a verified bearer token. */
export interface Principal {
  subject: string;
  role: Role;
  /** The organisation a reporter reports for (slug), e.g. "helse-vest-rhf". */
  organisationId: string | null;
}

/** Claims the API reads: `role` (reader|reporter|admin) and `org` (organisation slug). */
interface EhelseClaims extends JWTPayload {
  role?: string;
  org?: string;
}

export type Verifier = (authorization: string | undefined) => Promise<Principal | null>;

/**
 * Verifies bearer tokens: against the identity provider's JWKS in production,
 * against the development secret otherwise. No header gives null (anonymous);
 * a header with a bad, forged or expired token is refused, never ignored.
 */
export function createVerifier(config: AuthConfig): Verifier {
  const key = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl))
    : config.devSecret
      ? new TextEncoder().encode(config.devSecret)
      : undefined;
  return async (authorization) => {
    if (!authorization) return null;
    const [scheme, token] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw unauthenticated('The Authorization header must be "Bearer <token>"');
    }
    if (!key) throw unauthenticated('No token verification is configured (AUTH_JWKS_URL)');
    let payload: EhelseClaims;
    try {
      ({ payload } = await jwtVerify<EhelseClaims>(token, key as never, {
        issuer: config.issuer,
        audience: config.audience,
      }));
    } catch (error) {
      const reason =
        error instanceof joseErrors.JWTExpired ? 'The token has expired' : 'The token is not valid';
      throw unauthenticated(reason);
    }
    if (!payload.sub || !ROLES.includes(payload.role as Role)) {
      throw unauthenticated('The token lacks a subject or a known role');
    }
    const role = payload.role as Role;
    if (role === 'reporter' && !payload.org)
      throw unauthenticated('A reporter token must name its organisation (org)');
    return { subject: payload.sub, role, organisationId: payload.org ?? null };
  };
}

export interface DevTokenOptions {
  role: Role;
  organisationId?: string;
  subject?: string;
  /** e.g. "8h", or seconds since the epoch. */
  expiresIn?: string | number;
}

/** Signs a development token with the development secret (`npm run token`). */
export async function signDevToken(config: AuthConfig, options: DevTokenOptions): Promise<string> {
  if (!config.devSecret)
    throw new Error('No development secret: tokens come from the identity provider');
  const jwt = new SignJWT({
    role: options.role,
    ...(options.organisationId ? { org: options.organisationId } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(
      options.subject ??
        `dev-${options.role}${options.organisationId ? `-${options.organisationId}` : ''}`,
    )
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt();
  jwt.setExpirationTime(options.expiresIn ?? '8h');
  return jwt.sign(new TextEncoder().encode(config.devSecret));
}

/** The caller, who must be signed in with one of the roles. */
export function requireRole(principal: Principal | null, ...roles: Role[]): Principal {
  if (!principal) throw unauthenticated();
  if (!roles.includes(principal.role)) {
    throw forbidden(`This needs the role ${roles.join(' or ')}; the token has ${principal.role}`);
  }
  return principal;
}

/** Admins write everything; a reporter writes only for its own organisation. */
export function requireWriteFor(principal: Principal | null, organisationId: string): Principal {
  const caller = requireRole(principal, 'reporter', 'admin');
  if (caller.role === 'reporter' && caller.organisationId !== organisationId) {
    throw forbidden(`A reporter for ${caller.organisationId} cannot write for ${organisationId}`);
  }
  return caller;
}
