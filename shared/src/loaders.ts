import DataLoader from 'dataloader';
import {
  In,
  type DataSource,
  type EntityTarget,
  type FindOptionsOrder,
  type ObjectLiteral,
} from 'typeorm';

type Key = string | number;

export interface ManyOptions<T> {
  /** Fixed conditions besides the key, e.g. `{ year: 2019 }`; part of the loader's identity. */
  where?: Partial<Record<keyof T & string, unknown>>;
  order?: FindOptionsOrder<T>;
}

/**
 * Per-request DataLoader registry: each relation gets one loader per request, so a
 * query issues one statement per relation and level, whatever the number of rows.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<Key, unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  /** A named loader with its own batch function, created on first use in the request. */
  get<K extends Key, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<V[]>,
  ): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as unknown as DataLoader<Key, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as unknown as DataLoader<K, V>;
  }

  /** Rows of `entity` by a unique column: the row, or null where none exists. */
  one<T extends ObjectLiteral>(entity: EntityTarget<T>, column: keyof T & string) {
    const repository = this.dataSource.getRepository(entity);
    return this.get<Key, T | null>(`${repository.metadata.name}.${column}`, async (keys) => {
      const rows = await repository.findBy({ [column]: In([...keys]) } as never);
      const byKey = new Map(rows.map((row) => [String(row[column]), row]));
      return keys.map((key) => byKey.get(String(key)) ?? null);
    });
  }

  /** Rows of `entity` grouped by a column (a one-to-many relation), in the given order. */
  many<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: keyof T & string,
    options: ManyOptions<T> = {},
  ) {
    const repository = this.dataSource.getRepository(entity);
    const name = `${repository.metadata.name}.${column}[${JSON.stringify(options.where ?? {})}|${JSON.stringify(options.order ?? {})}]`;
    return this.get<Key, T[]>(name, async (keys) => {
      const rows = await repository.find({
        where: { ...options.where, [column]: In([...keys]) } as never,
        order: options.order,
      });
      return groupBy(rows, keys, (row) => row[column]);
    });
  }
}

/** The rows of each key, in key order; a key without rows gets an empty list. */
export function groupBy<T>(rows: T[], keys: readonly Key[], keyOf: (row: T) => unknown): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [String(key), []]));
  for (const row of rows) groups.get(String(keyOf(row)))?.push(row);
  return keys.map((key) => groups.get(String(key)) ?? []);
}
