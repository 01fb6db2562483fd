import type { Config } from '../config';

/**
 * loadConfig refuses a development secret in production; this catches a configuration
 * put together some other way (a test, an embedding program) before any token is checked.
 */
export function requireProductionAuth(config: Config, service: string) {
  if (config.production && config.auth.devSecret)
    throw new Error(
      `AUTH_DEV_SECRET must not be used in production: the ${service} refuses to start with a development secret`,
    );
}
