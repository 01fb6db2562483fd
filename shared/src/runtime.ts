// @ehelse/shared/runtime: what every service process shares, the gateway included:
// settings, logs, errors, limits, authentication, metrics, a process's life.
// It loads no database and no type-graphql code.
export * from './config';
export * from './logger';
export * from './request-log';
export * from './service';
export * from './fatal';
export * from './errors';
export * from './http-errors';
export * from './gateway-signature';
export * from './metrics';
export * from './metrics-access';
export * from './operation-labels';
export * from './auth';
export * from './limits';
export * from './idempotency-request';
