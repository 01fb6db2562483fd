import fs from 'node:fs';
import { Table, type DataSource, type EntityManager } from 'typeorm';

const SEED_STATE = 'seed_state';

/**
 * Loads a dataset once per database: a marker row records that it was loaded, so
 * restarts never duplicate rows nor overwrite what clients have reported since.
 */
export async function seedOnce(
  dataSource: DataSource,
  dataset: string,
  load: (manager: EntityManager) => Promise<void>,
): Promise<boolean> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.createTable(
      new Table({
        name: SEED_STATE,
        columns: [
          { name: 'dataset', type: 'varchar', length: '100', isPrimary: true },
          { name: 'seeded_at', type: 'varchar', length: '30' },
        ],
      }),
      true,
    );
  } finally {
    await runner.release();
  }
  const seeded = async (manager: EntityManager) =>
    (await manager.query(`SELECT dataset FROM ${SEED_STATE} WHERE dataset = ?`, [dataset])).length >
    0;
  // Outside a transaction first: the embedded database saves its whole file at every commit,
  // so a transaction for this check alone rewrote the file (and its last good copy) at every start.
  if (await seeded(dataSource.manager)) return false;
  return dataSource.transaction(async (manager) => {
    // Again inside it: another process may have seeded the same MySQL database meanwhile.
    if (await seeded(manager)) return false;
    await load(manager);
    await manager.query(`INSERT INTO ${SEED_STATE} (dataset, seeded_at) VALUES (?, ?)`, [
      dataset,
      new Date().toISOString(),
    ]);
    return true;
  });
}

/** Reads a JSON file of the subgraph's transcribed data folder. */
export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}
