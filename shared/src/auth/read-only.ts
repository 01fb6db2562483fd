import type { ApolloServerPlugin } from '@apollo/server';
import type { AuthConfig } from '../config';
import { writesDisabled } from '../errors';
import { logger } from '../logger';

/**
 * Why this deployment cannot write, or undefined when it can: with neither an identity
 * provider nor (outside production) a development secret, no token can be verified.
 */
export function writesDisabledReason(auth: AuthConfig): string | undefined {
  if (auth.jwksUrl || auth.devSecret) return undefined;
  return 'No identity provider is configured (set AUTH_JWKS_URL to its JWKS): tokens cannot be verified, so this deployment serves reads only';
}

/** What /ready adds when the deployment is read-only: `writes: 'disabled'` and the reason. */
export const writesStatus = (auth: AuthConfig): { writes?: 'disabled'; reason?: string } => {
  const reason = writesDisabledReason(auth);
  return reason ? { writes: 'disabled', reason } : {};
};

/** Said once at start, at warn level, so a misconfigured deployment is noticed in its log. */
export function warnIfReadOnly(service: string, auth: AuthConfig) {
  const reason = writesDisabledReason(auth);
  if (reason) logger.warn({ service, writes: 'disabled', reason }, `WRITES DISABLED: ${reason}`);
}

/**
 * Refuses every mutation with WRITES_DISABLED (HTTP 403) before it runs when the deployment
 * is read-only: a clear answer instead of "token not valid" for a write that cannot happen.
 */
export function writesDisabledPlugin<T extends object>(auth: AuthConfig): ApolloServerPlugin<T> {
  const reason = writesDisabledReason(auth);
  return {
    async requestDidStart() {
      if (!reason) return;
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'mutation') return;
          const error = writesDisabled(`Writes are disabled: ${reason}`);
          error.extensions.http = { status: 403 };
          throw error;
        },
      };
    },
  };
}
