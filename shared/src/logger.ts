import pino, { type DestinationStream, type Logger } from 'pino';
import { logSettings, type Config } from './config';

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

/**
 * The process's logger: the one module-level object built from the environment, by design.
 * Every module logs through it from import on, before an entry point has loaded its Config
 * and without one to hand, so it reads only what a log line needs (LOG_LEVEL, SERVICE_NAME;
 * see `logSettings`) itself rather than the whole Config. Everything else takes its Config
 * as a parameter.
 */
export const logger = createLogger(logSettings(process.env));
