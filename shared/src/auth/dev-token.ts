import { decodeJwt, SignJWT } from 'jose';
import type { AuthConfig } from '../config';
import type { Role } from './roles';

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
  const token = await new SignJWT({
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
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(config.devSecret));
  // A token the API would refuse is no use: say so now rather than with a 401 later.
  const { exp, iat } = decodeJwt(token);
  if (exp! - iat! > config.maxTokenLifetimeSeconds)
    throw new Error(
      `Tokens may live at most ${config.maxTokenLifetimeSeconds} s (AUTH_MAX_TOKEN_LIFETIME_SECONDS)`,
    );
  return token;
}
