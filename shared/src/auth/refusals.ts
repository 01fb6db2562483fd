import type { GraphQLError } from 'graphql';
import { identityProviderUnavailable, unauthenticated } from '../errors';

/**
 * Why a token was refused: the `reason` label of `auth_refusals_total` and of the log line.
 * A fixed list, so the metric's label set stays bounded whatever callers send.
 */
export const REFUSAL_REASONS = [
  'malformed_header',
  'malformed_token',
  'algorithm_not_allowed',
  'bad_signature',
  'unknown_key',
  'identity_provider_unavailable',
  'missing_exp',
  'expired',
  'lifetime_too_long',
  'not_yet_valid',
  'issued_in_future',
  'wrong_issuer',
  'wrong_audience',
  'invalid_claims',
  'invalid_subject',
  'unknown_role',
  'invalid_organisation',
  'missing_organisation',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

// Kept beside the error rather than in its extensions: clients see the message, not our labels.
const reasons = new WeakMap<object, RefusalReason>();

/** The error a refused token answers with (401; 503 when the identity provider is unavailable). */
export function refusal(reason: RefusalReason, message: string): GraphQLError {
  const error =
    reason === 'identity_provider_unavailable'
      ? identityProviderUnavailable(message)
      : unauthenticated(message);
  reasons.set(error, reason);
  return error;
}

/** The reason of an error made by `refusal`, else undefined. */
export const refusalReasonOf = (error: unknown): RefusalReason | undefined =>
  typeof error === 'object' && error !== null ? reasons.get(error) : undefined;

/** HTTP status for an authentication failure: an unreachable identity provider is not the caller's fault. */
export const refusalStatusOf = (error: unknown) =>
  refusalReasonOf(error) === 'identity_provider_unavailable' ? 503 : 401;
