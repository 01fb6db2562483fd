import { createRun, dropTemplates, RUN_DIRECTORY_ENV } from './template-run';

/** Templates no run keeps longer than this; older ones were left by a run that was killed. */
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * jest globalSetup: opens the run in which each subgraph is migrated and seeded once, by the
 * first suite that needs it, and copied for every suite (seeded-database.ts). Workers find
 * the run's directory in the environment.
 */
export default async function globalSetup(): Promise<void> {
  const run = createRun();
  process.env[RUN_DIRECTORY_ENV] = run.directory;
  if (process.env.DATABASE_URL) {
    // Another run may use its templates meanwhile: only old ones are dropped.
    await dropTemplates(process.env.DATABASE_URL, undefined, STALE_AFTER_MS).catch(() => undefined);
  }
}
