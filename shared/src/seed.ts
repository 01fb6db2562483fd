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
  return dataSource.transaction(async (manager) => {
    const done = await manager.query(`SELECT dataset FROM ${SEED_STATE} WHERE dataset = ?`, [
      dataset,
    ]);
    if (done.length > 0) return false;
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
