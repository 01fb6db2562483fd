import DataLoader from 'dataloader';
import {
  type DataSource,
  type EntityTarget,
  type FindOptionsOrder,
  type ObjectLiteral,
} from 'typeorm';
import { unknownReference } from './errors';
import { findRows } from './plain-rows';

export {
  columnOf,
  findRows,
  plainColumns,
  rowsThroughLink,
  tableOf,
  type RowsQuery,
} from './plain-rows';

type Key = string | number;

export interface ManyOptions<T> {
  /** Fixed conditions besides the key, e.g. `{ year: 2019 }`; part of the loader's identity. */
  where?: Partial<Record<keyof T & string, unknown>>;
  order?: FindOptionsOrder<T>;
}

/**
 * A loader declared once, at module level, in its aggregate's `<aggregate>.loaders.ts`:
 * the batch function and its key and value types. The request's `Loaders` keeps one
 * DataLoader per definition, found by the definition itself, so no loader is named by a
 * hand-written string and two modules using the same definition share one batch.
 */
export class LoaderDefinition<K extends Key, V> {
  constructor(
    /** For logs and errors only: what the loader loads, e.g. "Project by id". */
    readonly description: string,
    readonly batch: (keys: readonly K[], dataSource: DataSource) => Promise<V[]>,
  ) {}
}

/** A loader with its own batch function. */
export const defineLoader = <K extends Key, V>(
  description: string,
  batch: (keys: readonly K[], dataSource: DataSource) => Promise<V[]>,
) => new LoaderDefinition<K, V>(description, batch);

/** Rows of `entity` by a unique column: the row, or null where none exists. */
export function rowBy<T extends ObjectLiteral, K extends Key = string>(
  entity: EntityTarget<T>,
  column: keyof T & string,
) {
  return defineLoader<K, T | null>(
    `${entityName(entity)} by ${column}`,
    async (keys, dataSource) => {
      const rows = await findRows(dataSource, entity, { column, keys });
      const byKey = new Map(rows.map((row) => [String(row[column]), row]));
      return keys.map((key) => byKey.get(String(key)) ?? null);
    },
  );
}

/** Rows of `entity` grouped by a column (a one-to-many relation), in the given order. */
export function rowsBy<T extends ObjectLiteral, K extends Key = string>(
  entity: EntityTarget<T>,
  column: keyof T & string,
  options: ManyOptions<T> = {},
) {
  return defineLoader<K, T[]>(
    `${entityName(entity)} rows by ${column}`,
    async (keys, dataSource) => {
      const rows = await findRows(dataSource, entity, { column, keys, ...options });
      return groupBy(rows, keys, (row) => row[column]);
    },
  );
}

const entityName = (entity: EntityTarget<ObjectLiteral>) =>
  typeof entity === 'function' ? entity.name : String((entity as { name?: string }).name ?? entity);

/**
 * Per-request DataLoader registry: each relation gets one loader per request, so a
 * query issues one statement per relation and level, whatever the number of rows.
 */
export class Loaders {
  private readonly defined = new Map<LoaderDefinition<never, unknown>, DataLoader<Key, unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  /** This request's DataLoader for a module-level definition, created on first use. */
  of<K extends Key, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    const key = definition as unknown as LoaderDefinition<never, unknown>;
    let loader = this.defined.get(key);
    if (!loader) {
      loader = new DataLoader<K, V>((keys) =>
        definition.batch(keys, this.dataSource),
      ) as unknown as DataLoader<Key, unknown>;
      this.defined.set(key, loader);
    }
    return loader as unknown as DataLoader<K, V>;
  }
}

/** The rows of each key, in key order; a key without rows gets an empty list. */
export function groupBy<T>(rows: T[], keys: readonly Key[], keyOf: (row: T) => unknown): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [String(key), []]));
  for (const row of rows) groups.get(String(keyOf(row)))?.push(row);
  return keys.map((key) => groups.get(String(key)) ?? []);
}

/**
 * Refuses an input's list of references when one names nothing: BAD_USER_INPUT at
 * `field[index]` for the first such key. It loads through the request's loader, so the
 * rows it reads serve the rest of the request without a second statement.
 */
export async function requireAllExist<K extends Key>(
  loader: DataLoader<K, unknown>,
  field: string,
  what: string,
  keys: readonly K[] | undefined,
) {
  if (!keys?.length) return;
  const rows = await loader.loadMany(keys);
  const index = rows.findIndex((row) => row === null || row instanceof Error);
  if (index >= 0) throw unknownReference(`${field}[${index}]`, what, keys[index]);
}
