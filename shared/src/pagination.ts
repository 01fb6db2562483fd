import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import { badInput } from './errors';
import { plainHydrator } from './plain-rows';
import { publicData } from './cache-control';

/**
 * The marker every object type without an `id` carries in its description: a client
 * cache (Apollo Client, urql) keeps it inside its parent rather than normalising it.
 */
export const VALUE_OBJECT_NOTE = 'Value object: part of its parent, without an id of its own.';

/** A type description ending with the value-object marker. */
export const valueObject = (description: string) => `${description} ${VALUE_OBJECT_NOTE}`;

/** Items a connection returns when the client gives neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * What every connection field declares for cost analysis (Federation's demand-control
 * directive, read by the gateway's limits and by Apollo Router alike): its size is its
 * `first` or `last`, the default page size without them, and the size applies to `edges`.
 */
export const CONNECTION_LIST_SIZE = `@listSize(assumedSize: ${DEFAULT_PAGE_SIZE}, slicingArguments: ["first", "last"], sizedFields: ["edges"], requireOneSlicingArgument: false)`;

/**
 * `@listSize(assumedSize: n)` for a list bounded by its nature (a meeting's agenda, a
 * budget's cost shares): n is the largest the documents hold, with a margin.
 */
export const listSize = (assumedSize: number) =>
  Directive(`@listSize(assumedSize: ${assumedSize})`);

/** `@cost(weight: n)` for a field that is expensive beyond its size, e.g. an SQL aggregate. */
export const cost = (weight: number) => Directive(`@cost(weight: ${weight})`);

/** Relay paging arguments, the same on every connection: forwards or backwards. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Number of items from the start of the window (at most MAX_PAGE_SIZE; ${DEFAULT_PAGE_SIZE} when neither first nor last is given).`,
  })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the item after which to start.' })
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Number of items from the end of the window (at most MAX_PAGE_SIZE).',
  })
  last?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the item before which to end.' })
  before?: string;
}

@ObjectType({ description: valueObject('Relay page information.') })
@Directive('@shareable')
@publicData()
export class PageInfo {
  @Field({ description: 'Whether items follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Whether items precede this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page.' })
  endCursor: string | null;
}

/** A validated page request: positions are 0-based offsets into the ordered collection. */
export interface PageRequest {
  /** First position after the `after` cursor (0 without it). */
  start: number;
  /** Position of the `before` cursor (exclusive end), or null without it. */
  before: number | null;
  first: number | null;
  last: number | null;
}

/** The slice of the ordered collection a page covers: offset and limit. */
export interface Page {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = 'offset:';
/** Cursors beyond any real collection are not ones this API issued (and would overflow SQL). */
const MAX_CURSOR_OFFSET = 1_000_000_000;
export const encodeCursor = (offset: number) =>
  Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');

function decodeCursor(field: 'after' | 'before', cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const digits = text.slice(CURSOR_PREFIX.length);
  const offset = Number(digits);
  if (!text.startsWith(CURSOR_PREFIX) || !/^\d{1,10}$/.test(digits) || offset > MAX_CURSOR_OFFSET) {
    throw badInput(field, `The ${field} cursor is not one this API issued`);
  }
  return offset;
}

function pageSize(field: 'first' | 'last', value: number | undefined | null, max: number) {
  if (value === undefined || value === null) return null;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw badInput(field, `${field} must be between 0 and ${max}`, { maximum: max });
  }
  return value;
}

/** Validates the paging arguments: sizes within the maximum, cursors this API issued. */
/** `maxPageSize` is the service's setting (`context.config.maxPageSize`), never a global. */
export function pageRequestOf(args: PageArgs, maxPageSize: number): PageRequest {
  const first = pageSize('first', args.first, maxPageSize);
  const last = pageSize('last', args.last, maxPageSize);
  if (first !== null && last !== null) {
    throw badInput('last', 'Give first or last, not both');
  }
  const start = args.after ? decodeCursor('after', args.after) + 1 : 0;
  const before = args.before ? decodeCursor('before', args.before) : null;
  return {
    start,
    before,
    first: first ?? (last === null ? Math.min(DEFAULT_PAGE_SIZE, maxPageSize) : null),
    last,
  };
}

/** Where the requested page lies in a collection of `totalCount` items (Relay's algorithm). */
export function windowOf(request: PageRequest, totalCount: number): Page {
  let start = Math.min(request.start, totalCount);
  let end = Math.max(start, Math.min(request.before ?? totalCount, totalCount));
  if (request.first !== null) end = Math.min(end, start + request.first);
  if (request.last !== null) start = Math.max(start, end - request.last);
  return { offset: start, limit: end - start };
}

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

export function connectionOf<T>(nodes: T[], page: Page, totalCount: number): Connection<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Whether the field being resolved selects `name` on its value, directly, through inline
 * fragments or through named ones (whatever their @skip/@include: then it counts as selected).
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet);
      const fragment = selection.name.value;
      if (seen.has(fragment)) return false;
      seen.add(fragment);
      return within(info.fragments[fragment]?.selectionSet);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}

/** A connection whose total was not asked for: reading it is a bug, not a zero. */
function uncountedConnectionOf<T>(nodes: T[], offset: number, hasNextPage: boolean): Connection<T> {
  const connection = connectionOf(nodes, { offset, limit: nodes.length }, 0);
  connection.pageInfo.hasNextPage = hasNextPage;
  Object.defineProperty(connection, 'totalCount', {
    enumerable: true,
    get() {
      throw new Error('totalCount was not selected, so it was not counted');
    },
  });
  return connection;
}

/**
 * A page of an ordered query: counts first (a `last` page needs the total), then reads
 * only the page's rows. `query` builds the filtered, ordered query afresh for each use.
 *
 * With `counted: false` (the request selects no `totalCount`, see selectsField) a `first`
 * page without `before` is read without the count: one row more than the page tells whether
 * another follows (a page of 20 projects at 5 200: the COUNT cost MariaDB 0.7 ms, a full
 * index scan). Only a page past the end (no rows after a cursor) still counts, to tell
 * hasPreviousPage as the counted path does.
 */
export async function connectionFromQuery<T extends ObjectLiteral>(
  args: PageArgs,
  query: () => SelectQueryBuilder<T>,
  maxPageSize: number,
  { counted = true }: { counted?: boolean } = {},
): Promise<Connection<T>> {
  const request = pageRequestOf(args, maxPageSize);
  if (!counted && request.last === null && request.before === null && request.first !== null) {
    const rows = await rowsOf(
      query()
        .offset(request.start)
        .limit(request.first + 1),
    );
    if (rows.length > 0 || request.start === 0) {
      const nodes = rows.slice(0, request.first);
      return uncountedConnectionOf(nodes, request.start, rows.length > request.first);
    }
  }
  const totalCount = await query().getCount();
  const page = windowOf(request, totalCount);
  const nodes = page.limit === 0 ? [] : await rowsOf(query().offset(page.offset).limit(page.limit));
  return connectionOf(nodes, page, totalCount);
}

/**
 * `query.getMany()`, with the same one statement, hydrated without TypeORM's transformer
 * when the query selects one plain entity and joins nothing (a page of projects: the
 * transformer was a tenth of a list's CPU).
 */
async function rowsOf<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<T[]> {
  const map = query.expressionMap;
  const alias = map.mainAlias;
  const selectsTheEntity =
    alias?.hasMetadata &&
    map.joinAttributes.length === 0 &&
    map.relationIdAttributes.length === 0 &&
    map.selects.length === 1 &&
    map.selects[0].selection === alias.name &&
    map.selects[0].aliasName === undefined;
  const driver = query.connection.driver;
  const hydrate =
    selectsTheEntity &&
    plainHydrator<T>(query.connection, alias.target, (name) =>
      DriverUtils.buildAlias(driver, undefined, alias.name, name),
    );
  if (!hydrate) return query.getMany();
  const nodes: T[] = [];
  for (const row of await query.getRawMany()) {
    const node = hydrate(row);
    if (node !== undefined) nodes.push(node);
  }
  return nodes;
}

/**
 * A page of a collection already loaded in order (a relation batched by a DataLoader):
 * the statements stay one per relation, whatever the page.
 */
export function connectionFromList<T>(
  items: readonly T[],
  args: PageArgs,
  maxPageSize: number,
): Connection<T> {
  const page = windowOf(pageRequestOf(args, maxPageSize), items.length);
  return connectionOf(items.slice(page.offset, page.offset + page.limit), page, items.length);
}

/**
 * A Relay connection type `${name}Connection` with `${name}Edge` for the node class;
 * `shareable` when several subgraphs define the same connection (e.g. the audit trail).
 */
export function ConnectionType<T extends object>(
  name: string,
  node: ClassType<T>,
  description: string,
  options: { shareable?: boolean } = {},
) {
  const shareable = options.shareable ? Directive('@shareable') : () => undefined;

  // Public as a page of anything: whether an answer is, its node type's hint decides.
  @ObjectType(`${name}Edge`, { description: valueObject(`An edge to a ${name}.`) })
  @shareable
  @publicData()
  class Edge {
    @Field({ description: 'Opaque cursor of this item.' })
    cursor: string;

    @Field(() => node, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, {
    description: description.includes(VALUE_OBJECT_NOTE) ? description : valueObject(description),
  })
  @shareable
  @publicData()
  class ConnectionClass implements Connection<T> {
    @Field(() => Int, { description: 'Number of items matching the filter, over all pages.' })
    totalCount: number;

    @Field(() => [Edge], { description: 'The items of this page.' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Where this page sits.' })
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}
