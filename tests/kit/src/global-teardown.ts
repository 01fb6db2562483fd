import fs from 'node:fs';
import path from 'node:path';
import { dropTemplates, RUN_DIRECTORY_ENV } from './template-run';

/** jest globalTeardown: drops this run's template databases and removes its directory. */
export default async function globalTeardown(): Promise<void> {
  const directory = process.env[RUN_DIRECTORY_ENV];
  if (!directory) return;
  const id = fs.readFileSync(path.join(directory, 'run-id'), 'utf8');
  if (process.env.DATABASE_URL) {
    await dropTemplates(process.env.DATABASE_URL, { directory, id }, Infinity).catch((error) =>
      console.warn(`test kit: could not drop this run's templates: ${error}`),
    );
  }
  fs.rmSync(directory, { recursive: true, force: true });
}
