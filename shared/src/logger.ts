import pino, { type DestinationStream, type Logger } from 'pino';
import { config, type Config } from './config';

/**
 * Structured JSON logs. The process's service (SERVICE_NAME) is merged into each line's own
 * fields rather than set as a pino base or child binding: pino writes those before the
 * line's fields without looking at them, so a line naming its service too would carry the
 * key twice. Merged, a line's own `service` wins and every key appears once.
 */
export function createLogger(
  settings: Pick<Config, 'logLevel' | 'serviceName'>,
  destination?: DestinationStream,
): Logger {
  const service = settings.serviceName;
  const options: pino.LoggerOptions = {
    level: settings.logLevel,
    // Neither pid nor hostname: the service says which process wrote the line.
    base: null,
    ...(service ? { mixin: () => ({ service }) } : {}),
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The process's logger, from the settings read at start (config.ts). */
export const logger = createLogger(config);
