import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context';
import { requireRole, ROLES, type Role } from './roles';

/**
 * The one rule behind type-graphql's `@Authorized(...)`: the caller must be signed in
 * and hold one of the listed roles (any role when none is listed). It throws our own
 * UNAUTHENTICATED / FORBIDDEN errors rather than answering false, so a refusal reads
 * the same (code, message, HTTP status) in every subgraph. Rules about *which* rows a
 * caller may write (a reporter's own organisation) need the rows and live in the writes.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  requireRole(context.principal, ...(roles.length > 0 ? roles : ROLES));
  return true;
};
