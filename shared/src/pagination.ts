import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { config } from './config';
import { badInput } from './errors';

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Number of items to return (at most MAX_PAGE_SIZE).',
  })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the item after which to start.' })
  after?: string;
}

@ObjectType({ description: 'Relay page information.' })
@Directive('@shareable')
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

export interface Page {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = 'offset:';
const encodeCursor = (offset: number) =>
  Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw badInput('after', 'The cursor is not one this API issued');
  }
  return offset;
}

/** The window a page request asks for, validated against the maximum page size. */
export function pageOf(args: PageArgs, maxPageSize = config.maxPageSize): Page {
  const limit = args.first ?? Math.min(20, maxPageSize);
  if (!Number.isInteger(limit) || limit < 0 || limit > maxPageSize) {
    throw badInput('first', `first must be between 0 and ${maxPageSize}`);
  }
  return { offset: args.after ? decodeCursor(args.after) + 1 : 0, limit };
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

  @ObjectType(`${name}Edge`, { description: `An edge to a ${name}.` })
  @shareable
  class Edge {
    @Field({ description: 'Opaque cursor of this item.' })
    cursor: string;

    @Field(() => node, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description })
  @shareable
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
