import pino from 'pino';
import { config } from './config';

/** Structured JSON logs; each request logs through a child carrying its request id. */
export const logger = pino({
  level: config.logLevel,
  base: { service: process.env.SERVICE_NAME },
  timestamp: pino.stdTimeFunctions.isoTime,
});
