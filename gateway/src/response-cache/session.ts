import { createHash } from 'node:crypto';
import type { Principal } from '@ehelse/shared/runtime';

/**
 * Whose private answers a request may see: the verified caller, by everything a resolver can
 * tell callers apart by (the token's subject, role and organisation), hashed so no subject
 * is stored in a key. Null for an anonymous caller: a private answer is then not cached.
 */
export function sessionOf(principal: Principal | null | undefined): string | null {
  if (!principal) return null;
  return createHash('sha256')
    .update(JSON.stringify([principal.subject, principal.role, principal.organisationId]))
    .digest('hex');
}
