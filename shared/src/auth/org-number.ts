import type { EhelseClaims } from './claims';
import { ROLES, type Role } from './roles';

/**
 * How a token from the identity provider (HelseID) names its organisation and role when it
 * carries no `org` and `role` claims of this API: HelseID puts organisation numbers
 * (organisasjonsnummer, 9 digits) in its own claims, and grants scopes, not roles.
 */
export interface ClaimMapping {
  /** Organisation number → organisation id (slug), from AUTH_ORG_NUMBER_MAP. */
  organisationNumbers: Record<string, string>;
  /** Claims read for an organisation number, the first one the map knows wins (AUTH_ORG_NUMBER_CLAIMS). */
  organisationNumberClaims: string[];
  /** Scope → role, from AUTH_SCOPE_ROLE_MAP; the strongest role a token's scopes grant wins. */
  scopeRoles: Record<string, Role>;
}

/** HelseID's organisation-number claims: the child unit (underenhet) first, then the parent. */
export const HELSEID_ORG_NUMBER_CLAIMS = [
  'helseid://claims/client/claims/orgnr_child',
  'helseid://claims/client/claims/orgnr_parent',
];

const ORGANISATION_NUMBER = /^\d{9}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `{"983658725":"helse-vest-rhf"}` or `983658725=helse-vest-rhf,…`, as key → value pairs. */
function pairsOf(name: string, raw: string | undefined): [string, string][] {
  const text = (raw ?? '').trim();
  if (text === '') return [];
  if (text.startsWith('{') || text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error(`${name} is not valid JSON`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error(`${name} must be a JSON object`);
    return Object.entries(parsed).map(([key, value]) => {
      if (typeof value !== 'string')
        throw new Error(`${name}: the value of "${key}" must be a string`);
      return [key.trim(), value.trim()];
    });
  }
  return text
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const [key, value, extra] = pair.split('=');
      if (!key || !value || extra !== undefined)
        throw new Error(`${name} must list key=value pairs separated by commas, got "${pair}"`);
      return [key.trim(), value.trim()];
    });
}

/** Reads AUTH_ORG_NUMBER_MAP, AUTH_ORG_NUMBER_CLAIMS and AUTH_SCOPE_ROLE_MAP; a malformed one refuses the start. */
export function claimMappingOf(env: NodeJS.ProcessEnv): ClaimMapping {
  const organisationNumbers: Record<string, string> = {};
  for (const [number, slug] of pairsOf('AUTH_ORG_NUMBER_MAP', env.AUTH_ORG_NUMBER_MAP)) {
    if (!ORGANISATION_NUMBER.test(number))
      throw new Error(`AUTH_ORG_NUMBER_MAP: "${number}" is not an organisation number (9 digits)`);
    if (!SLUG.test(slug))
      throw new Error(`AUTH_ORG_NUMBER_MAP: "${slug}" is not an organisation id (a slug)`);
    organisationNumbers[number] = slug;
  }
  const scopeRoles: Record<string, Role> = {};
  for (const [scope, role] of pairsOf('AUTH_SCOPE_ROLE_MAP', env.AUTH_SCOPE_ROLE_MAP)) {
    if (!ROLES.includes(role as Role))
      throw new Error(`AUTH_SCOPE_ROLE_MAP: "${role}" is not one of ${ROLES.join(', ')}`);
    scopeRoles[scope] = role as Role;
  }
  const claims = (env.AUTH_ORG_NUMBER_CLAIMS ?? '')
    .split(',')
    .map((claim) => claim.trim())
    .filter(Boolean);
  return {
    organisationNumbers,
    organisationNumberClaims: claims.length ? claims : HELSEID_ORG_NUMBER_CLAIMS,
    scopeRoles,
  };
}

/** The scopes a token grants: `scope` as a space-separated string (RFC 9068) or an array. */
function scopesOf(payload: EhelseClaims): string[] {
  const scope = (payload as { scope?: unknown }).scope;
  if (typeof scope === 'string') return scope.split(' ').filter(Boolean);
  if (Array.isArray(scope)) return scope.filter((s): s is string => typeof s === 'string');
  return [];
}

/**
 * The token's claims with `sub` (from `client_id`), `org` and `role` filled in from the mapping when the token has
 * none of its own: `org` from the first organisation-number claim the map knows, `role` the
 * strongest one its scopes map to. A token's own `org` and `role` always win; a number the
 * map does not know leaves `org` unset (a reporter without one is then refused).
 */
export function applyClaimMapping(payload: EhelseClaims, mapping: ClaimMapping | undefined) {
  if (!mapping) return payload;
  const mapped: EhelseClaims = { ...payload };
  // A client-credentials token may name its client only in `client_id` (RFC 9068 has both).
  const clientId = (payload as { client_id?: unknown }).client_id;
  if (mapped.sub === undefined && typeof clientId === 'string') mapped.sub = clientId;
  if (mapped.org === undefined) {
    for (const claim of mapping.organisationNumberClaims) {
      const value = (payload as Record<string, unknown>)[claim];
      const number = typeof value === 'number' ? String(value) : value;
      if (typeof number === 'string' && Object.hasOwn(mapping.organisationNumbers, number)) {
        mapped.org = mapping.organisationNumbers[number];
        break;
      }
    }
  }
  if (mapped.role === undefined) {
    const granted = scopesOf(payload)
      .filter((scope) => Object.hasOwn(mapping.scopeRoles, scope))
      .map((scope) => mapping.scopeRoles[scope]!);
    // ROLES is ordered weakest first: reader, reporter, admin.
    const strongest = ROLES.filter((role) => granted.includes(role)).at(-1);
    if (strongest) mapped.role = strongest;
  }
  return mapped;
}
