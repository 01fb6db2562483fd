import { logger } from './logger';

/**
 * What a service does when it can no longer vouch for its state (the embedded file could
 * not be saved after a commit): as a process of its own, it exits so that the supervisor
 * restarts it from what is on disk; inside a test process nothing is exited.
 */
let onFatal: (reason: string) => void = () => undefined;

export function setFatalHandler(handler: (reason: string) => void): void {
  onFatal = handler;
}

export function failStop(reason: string, error: unknown): void {
  logger.fatal({ err: error }, reason);
  onFatal(reason);
}
