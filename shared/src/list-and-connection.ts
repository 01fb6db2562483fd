import type { GraphQLScalarType } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  Directive,
  FieldResolver,
  Info,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import type { Context } from './context';
import { CONNECTION_LIST_SIZE, PageArgs, connectionFromList, listSize } from './pagination';

/** An optional argument both fields take besides paging, e.g. `activeOn`. */
export interface ListArgument<Name extends string> {
  name: Name;
  type: () => GraphQLScalarType;
  description: string;
}

/** A deprecated plain list field and its Relay connection twin, served by one `load`. */
export interface ListAndConnection<R extends object, T extends object, A extends object> {
  /** The type both fields are on. */
  root: () => ClassType<R>;
  /** The list field's name; the connection is `${name}Connection`. */
  name: string;
  list: {
    /** The item type. */
    type: () => ClassType<T>;
    description: string;
    deprecationReason: string;
    /** The `@listSize(assumedSize)` of the plain list. */
    listSize: number;
    /** Whether the list itself may be null (the connection never is). */
    nullable?: boolean;
  };
  connection: {
    /** The connection type, from `ConnectionType` for the item type. */
    type: () => ClassType;
    description: string;
  };
  /** Taken by both fields, before the paging arguments; without one `args` is empty. */
  argument?: ListArgument<keyof A & string>;
  /** The whole ordered collection, batched per request (a DataLoader): both fields read it. */
  load: (root: R, context: Context, args: A) => Promise<readonly T[]>;
}

/**
 * The resolver of a list field and its connection twin on one type: `name` returns what
 * `load` returns, `${name}Connection` pages it with `connectionFromList`, so both cost the
 * same statements. The fields register where this is called: call it where the class stood.
 */
export function listAndConnection<R extends object, T extends object, A extends object = object>(
  spec: ListAndConnection<R, T, A>,
) {
  const { name, list, connection, argument } = spec;
  const connectionName = `${name}Connection`;
  // Without an argument the parameter is the resolve info, so each parameter keeps its
  // place (type-graphql passes them by position) and the SDL gains no argument.
  const extra = argument
    ? Arg(argument.name, argument.type, { nullable: true, description: argument.description })
    : Info();
  const argsOf = (value: unknown) => (argument ? { [argument.name]: value } : {}) as A;

  @Resolver(spec.root)
  class ListAndConnectionResolver {
    @FieldResolver(() => [list.type()], {
      ...(list.nullable === undefined ? {} : { nullable: list.nullable }),
      description: list.description,
      deprecationReason: list.deprecationReason,
    })
    @listSize(list.listSize)
    [name](@Root() root: R, @extra value: unknown, @Ctx() context: Context) {
      return spec.load(root, context, argsOf(value));
    }

    @FieldResolver(connection.type, { description: connection.description })
    @Directive(CONNECTION_LIST_SIZE)
    async [connectionName](
      @Root() root: R,
      @extra value: unknown,
      @Args() pageArgs: PageArgs,
      @Ctx() context: Context,
    ) {
      const items = await spec.load(root, context, argsOf(value));
      return connectionFromList(items, pageArgs, context.config.maxPageSize);
    }
  }
  return ListAndConnectionResolver;
}
