import type { JWTPayload } from 'jose';
import { refusal } from './refusals';
import { ROLES, type Principal, type Role } from './roles';

/** Claims the API reads: `role` (reader|reporter|admin) and `org` (organisation slug). */
export interface EhelseClaims extends JWTPayload {
  role?: unknown;
  org?: unknown;
}

/** The widths of the columns a subject and an organisation are stored in (audit, reports). */
export const MAX_SUBJECT_LENGTH = 200;
export const MAX_ORGANISATION_LENGTH = 100;
const ORGANISATION_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * The caller a verified token names. Claims that could not be stored (a subject wider than
 * its column, an organisation that is no slug) are refused here, at authentication, rather
 * than failing the write later (on MySQL as "Data too long", a 500).
 */
export function principalOf(payload: EhelseClaims): Principal {
  const { sub, role, org } = payload;
  if (typeof sub !== 'string' || sub === '')
    throw refusal('invalid_subject', 'The token lacks a subject (sub)');
  if (sub.length > MAX_SUBJECT_LENGTH || CONTROL_CHARACTER.test(sub))
    throw refusal(
      'invalid_subject',
      `The token's subject (sub) must be at most ${MAX_SUBJECT_LENGTH} characters, without control characters`,
    );
  if (!ROLES.includes(role as Role))
    throw refusal('unknown_role', `The token's role must be one of ${ROLES.join(', ')}`);
  if (
    org !== undefined &&
    (typeof org !== 'string' ||
      org.length > MAX_ORGANISATION_LENGTH ||
      !ORGANISATION_SLUG.test(org))
  )
    throw refusal(
      'invalid_organisation',
      `The token's organisation (org) must be an organisation id (a slug such as "helse-vest-rhf", at most ${MAX_ORGANISATION_LENGTH} characters)`,
    );
  if (role === 'reporter' && org === undefined)
    throw refusal('missing_organisation', 'A reporter token must name its organisation (org)');
  return { subject: sub, role: role as Role, organisationId: (org as string | undefined) ?? null };
}
