import {
  In,
  type DataSource,
  type EntityMetadata,
  type EntityTarget,
  type FindOptionsOrder,
  type ObjectLiteral,
} from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** What a loader reads: rows whose `column` is one of `keys`, with fixed conditions and an order. */
export interface RowsQuery<T> {
  column: keyof T & string;
  keys: readonly unknown[];
  where?: Partial<Record<keyof T & string, unknown>>;
  order?: FindOptionsOrder<T>;
}

/**
 * How one plain entity's rows are read without TypeORM's query builder and hydration (a
 * loader's statement is the same every time, only its number of keys changes), built once
 * per data source and entity.
 */
interface PlainReader {
  metadata: EntityMetadata;
  selected: ColumnMetadata[];
  /** The columns with the keys a row of `selectFrom` has them under (their names). */
  keyed: { column: ColumnMetadata; key: string }[];
  selectFrom: string;
}

const readers = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, PlainReader | null>>();

/**
 * Only an entity that is its columns and nothing else: no relation, embedded, listener,
 * soft-delete column, inheritance or schema-qualified table. Anything else keeps TypeORM's way.
 */
function isPlain(metadata: EntityMetadata) {
  return (
    metadata.relations.length === 0 &&
    metadata.embeddeds.length === 0 &&
    metadata.ownListeners.length === 0 &&
    metadata.afterLoadListeners.length === 0 &&
    !metadata.deleteDateColumn &&
    !metadata.discriminatorColumn &&
    metadata.tableType === 'regular' &&
    metadata.tablePath === metadata.tableName &&
    metadata.dataSource.subscribers.length === 0 &&
    !metadata.dataSource.options.typename &&
    metadata.columns.every((column) => !column.isVirtual && !column.embeddedMetadata)
  );
}

function readerOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>) {
  let byEntity = readers.get(dataSource);
  if (!byEntity) readers.set(dataSource, (byEntity = new Map()));
  let reader = byEntity.get(entity);
  if (reader === undefined) {
    const metadata = dataSource.getMetadata(entity);
    const escape = (name: string) => dataSource.driver.escape(name);
    // The columns TypeORM's find() selects: all but those declared `select: false`.
    const selected = metadata.columns.filter((column) => column.isSelect);
    reader = isPlain(metadata)
      ? {
          metadata,
          selected,
          keyed: selected.map((column) => ({ column, key: column.databaseName })),
          selectFrom: `SELECT ${selected.map((column) => escape(column.databaseName)).join(', ')} FROM ${escape(metadata.tableName)}`,
        }
      : null;
    byEntity.set(entity, reader);
  }
  return reader;
}

const isPlainValue = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** The SQL and parameters of a query, or null when a condition or order is not a plain one. */
function statementOf<T>(reader: PlainReader, query: RowsQuery<T>) {
  const escape = (name: string) => reader.metadata.dataSource.driver.escape(name);
  const columnNamed = (property: string) => {
    const column = reader.metadata.findColumnWithPropertyName(property);
    // A transformer would have to be applied to the value: TypeORM's way does that.
    return column && !column.transformer ? escape(column.databaseName) : null;
  };
  const conditions: string[] = [];
  const parameters: unknown[] = [];
  for (const [property, value] of Object.entries(query.where ?? {})) {
    const column = columnNamed(property);
    if (!column || value === null || !isPlainValue(value)) return null;
    conditions.push(`${column} = ?`);
    parameters.push(value);
  }
  const keyColumn = columnNamed(query.column);
  if (!keyColumn || !query.keys.every(isPlainValue)) return null;
  conditions.push(`${keyColumn} IN (${query.keys.map(() => '?').join(', ')})`);
  parameters.push(...query.keys);
  const orderBy: string[] = [];
  for (const [property, direction] of Object.entries(query.order ?? {})) {
    const column = columnNamed(property);
    if (!column || (direction !== 'ASC' && direction !== 'DESC')) return null;
    orderBy.push(`${column} ${direction}`);
  }
  const order = orderBy.length ? ` ORDER BY ${orderBy.join(', ')}` : '';
  return { sql: `${reader.selectFrom} WHERE ${conditions.join(' AND ')}${order}`, parameters };
}

/** A row as TypeORM's find() hydrates it: an instance of the entity, each value as the driver prepares it. */
function hydrateAs<T>(
  reader: { metadata: EntityMetadata; selected: { column: ColumnMetadata; key: string }[] },
  row: Record<string, unknown>,
): T | undefined {
  const entity = reader.metadata.create(undefined, { fromDeserializer: true }) as T;
  const { driver } = reader.metadata.dataSource;
  let hasData = false;
  for (const { column, key } of reader.selected) {
    const value = row[key];
    if (value === undefined) continue;
    if (value !== null) hasData = true;
    column.setEntityValue(entity as ObjectLiteral, driver.prepareHydratedValue(value, column));
  }
  return hasData ? entity : undefined;
}

/**
 * The rows `repository.find({ where: { ...where, [column]: In(keys) }, order })` returns, as
 * the same one statement, without building it through TypeORM's query builder and hydrating
 * through its transformer: for a loader's batch these were a third of a request's CPU.
 * Entities or conditions beyond plain columns and values go through `find` itself.
 */
export async function findRows<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  query: RowsQuery<T>,
): Promise<T[]> {
  const reader = readerOf(dataSource, entity);
  const statement = reader && statementOf(reader, query);
  if (!reader || !statement)
    return dataSource.getRepository(entity).find({
      where: { ...query.where, [query.column]: In([...query.keys]) } as never,
      order: query.order,
    });
  const rows: Record<string, unknown>[] = await dataSource.query(
    statement.sql,
    statement.parameters,
  );
  const entities: T[] = [];
  for (const row of rows) {
    const hydrated = hydrateAs<T>({ metadata: reader.metadata, selected: reader.keyed }, row);
    if (hydrated !== undefined) entities.push(hydrated);
  }
  return entities;
}

/** A column of an entity as SQL, under a table alias: `alias`.`column_name`. */
export function columnOf<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  property: keyof T & string,
): string {
  const column = dataSource.getMetadata(entity).findColumnWithPropertyName(property);
  if (!column) throw new Error(`${String(property)} is no column of ${String(entity)}`);
  return `${alias}.${dataSource.driver.escape(column.databaseName)}`;
}

/** An entity's table as SQL. */
export const tableOf = (dataSource: DataSource, entity: EntityTarget<ObjectLiteral>) =>
  dataSource.driver.escape(dataSource.getMetadata(entity).tableName);

/**
 * Makes the entity of a row that selected a plain entity's columns, each under the key
 * `keyOf` gives its column name, as TypeORM would; null for an entity beyond plain columns.
 */
export function plainHydrator<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  keyOf: (columnName: string) => string,
) {
  const reader = readerOf(dataSource, entity);
  if (!reader) return null;
  const keyed = {
    metadata: reader.metadata,
    selected: reader.selected.map((column) => ({ column, key: keyOf(column.databaseName) })),
  };
  return (row: Record<string, unknown>) => hydrateAs<T>(keyed, row);
}

/**
 * A plain entity's columns for a hand-written join: `columns` selects them under `alias`
 * (each as `alias_column`), `hydrate` makes the entity of a row they were selected in, as
 * TypeORM would. Throws for an entity beyond plain columns (see isPlain).
 */
export function plainColumns<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
) {
  const hydrate = plainHydrator(dataSource, entity, (name) => `${alias}_${name}`);
  if (!hydrate) throw new Error(`${String(entity)} is not a plain entity`);
  const escape = (name: string) => dataSource.driver.escape(name);
  const columns = readerOf(dataSource, entity)!
    .selected.map(
      ({ databaseName }) =>
        `${alias}.${escape(databaseName)} AS ${escape(`${alias}_${databaseName}`)}`,
    )
    .join(', ');
  return { columns, hydrate };
}

/** A hand-written join from a link table to a plain entity: what `rowsThroughLink` reads. */
export interface LinkJoin<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  /** The entity's table alias in `from`. */
  alias: string;
  /** The link's key column as SQL, e.g. columnOf(dataSource, Link, 'link', 'projectId'). */
  key: string;
  /** `FROM link … JOIN entity alias …` as SQL. */
  from: string;
  /**
   * The order of each key's entities, ascending: SQL expressions over the joined tables, each
   * a number or a text whose code-unit order is the wanted one (an ISO date, a code). They are
   * selected and the rows sorted here, not by ORDER BY: sorting by a joined table's column
   * makes MariaDB copy the join into a temporary table, on disk (Aria) when the entity has a
   * TEXT column, which cost more than the join itself (0.44 of 0.46 ms for a page's tiltak).
   */
  orderBy: string[];
}

/** Ascending, nulls first (as MySQL and SQLite order them), numbers as numbers. */
function compareSortValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The entities linked to each key, in order, in one statement: the link table joined to the
 * entity, written out rather than built and hydrated by TypeORM (a dashboard's hot path).
 * A row whose entity is missing (a left join) is undefined, as TypeORM leaves the relation.
 */
export async function rowsThroughLink<T extends ObjectLiteral>(
  dataSource: DataSource,
  keys: readonly string[],
  join: LinkJoin<T>,
): Promise<T[][]> {
  const entity = plainColumns(dataSource, join.entity, join.alias);
  const sortKeys = join.orderBy.map((_, index) => `link_sort_${index}`);
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT ${join.key} AS link_key, ${entity.columns}` +
      join.orderBy.map((sql, index) => `, ${sql} AS ${sortKeys[index]}`).join('') +
      ` ${join.from} WHERE ${join.key} IN (${keys.map(() => '?').join(', ')})`,
    [...keys],
  );
  rows.sort((a, b) => {
    for (const key of sortKeys) {
      const order = compareSortValues(a[key], b[key]);
      if (order !== 0) return order;
    }
    return 0;
  });
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(String(row.link_key))?.push(entity.hydrate(row)!);
  return keys.map((key) => groups.get(key)!);
}
