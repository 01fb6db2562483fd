import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type GraphQLType,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxPageSize: number;
  /** Multiplier for a connection or list without `first`: the default page size. */
  defaultListSize: number;
}

const refuse = (code: string, message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 }, ...extra } });

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  limits: QueryLimits;
}

function argumentValue(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  return undefined;
}

const isConnection = (type: GraphQLType) => getNamedType(type).name.endsWith('Connection');

/** How many items a field may return: its `first`, or the default page size for lists and connections. */
function multiplier(
  walk: Walk,
  parent: GraphQLType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): number {
  // A connection's edges are already counted by the connection's `first`.
  if (isConnection(parent) && field.name === 'edges') return 1;
  const returnsMany = isListType(getNullableType(field.type)) || isConnection(field.type);
  if (!returnsMany) return 1;
  const first = args.first;
  if (typeof first === 'number') {
    if (first > walk.limits.maxPageSize) {
      throw refuse(
        'PAGE_SIZE_TOO_LARGE',
        `first: ${first} exceeds the maximum page size ${walk.limits.maxPageSize}`,
        {
          field: field.name,
        },
      );
    }
    return Math.max(first, 1);
  }
  return walk.limits.defaultListSize;
}

/** Cost and depth of a selection set: every field costs 1, times the sizes of the lists it sits in. */
function measure(
  walk: Walk,
  parent: GraphQLType,
  selections: SelectionSetNode,
  depth: number,
): { cost: number; depth: number } {
  const type = getNamedType(parent);
  let cost = 0;
  let deepest = depth;
  for (const selection of selections.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD || selection.kind === Kind.INLINE_FRAGMENT) {
      const fragment =
        selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments[selection.name.value] : selection;
      if (!fragment) continue;
      const on = fragment.typeCondition
        ? walk.schema.getType(fragment.typeCondition.name.value)
        : type;
      const inner = measure(walk, on ?? type, fragment.selectionSet, depth);
      cost += inner.cost;
      deepest = Math.max(deepest, inner.depth);
      continue;
    }
    if (selection.name.value.startsWith('__') || !(isObjectType(type) || isInterfaceType(type)))
      continue;
    const field = type.getFields()[selection.name.value];
    if (!field) continue;
    const args = Object.fromEntries(
      (selection.arguments ?? []).map((a) => [
        a.name.value,
        argumentValue(a.value, walk.variables),
      ]),
    );
    const times = multiplier(walk, type, field, args);
    let childCost = 0;
    let childDepth = depth + 1;
    if (selection.selectionSet) {
      const inner = measure(walk, field.type, selection.selectionSet, depth + 1);
      childCost = inner.cost;
      childDepth = inner.depth;
    }
    cost += 1 + times * childCost;
    deepest = Math.max(deepest, childDepth);
  }
  return { cost, depth: deepest };
}

/** Connection wrappers (edges, node) do not count as nesting a client chose. */
const CONNECTION_LEVELS = 2;

export function checkQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  limits: QueryLimits,
) {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    operations.find((o) => !operationName || o.name?.value === operationName) ?? operations[0];
  if (!operation) return { cost: 0, depth: 0 };
  const root =
    operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return { cost: 0, depth: 0 };
  const result = measure({ schema, fragments, variables, limits }, root, operation.selectionSet, 0);
  if (result.depth > limits.maxDepth + CONNECTION_LEVELS) {
    throw refuse(
      'QUERY_TOO_DEEP',
      `The query nests ${result.depth} levels; at most ${limits.maxDepth + CONNECTION_LEVELS} are allowed`,
    );
  }
  if (result.cost > limits.maxCost) {
    throw refuse(
      'QUERY_TOO_COMPLEX',
      `The query may touch ${result.cost} fields; at most ${limits.maxCost} are allowed. Ask for smaller pages.`,
      {
        cost: result.cost,
      },
    );
  }
  return result;
}

/** Refuses too deep, too costly or too wide operations before any subgraph is asked. */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema, operationName }) {
          checkQuery(schema, document, operationName ?? undefined, request.variables ?? {}, limits);
        },
      };
    },
  };
}
