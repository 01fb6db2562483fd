// @ehelse/shared/audit: how a write happens: one transaction with retry, idempotency
// and its audit event.
import 'reflect-metadata';

export * from './audit-event';
export * from './idempotency';
export * from './writes';
