import { forbidden, unauthenticated } from '../errors';

export type Role = 'reader' | 'reporter' | 'admin';
export const ROLES: Role[] = ['reader', 'reporter', 'admin'];

/** Who is calling, from a verified bearer token. */
export interface Principal {
  subject: string;
  role: Role;
  /** The organisation a reporter reports for (slug), e.g. "helse-vest-rhf". */
  organisationId: string | null;
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
