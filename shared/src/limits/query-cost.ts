import {
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { ListPolicy } from './list-policy';
import { refusal } from './refusal';

export interface CostLimits {
  /** Largest estimated cost accepted. */
  maxCost: number;
  /** Deepest field nesting accepted (a connection's `edges { node }` not counted). */
  maxDepth: number;
  /** Largest `first`/`last` accepted. */
  maxPageSize: number;
}

export interface CostEstimate {
  cost: number;
  depth: number;
}

/**
 * Sizes the schema does not declare: lists without `@listSize` (introspection's own) and a
 * connection asked without `first`/`last`. Our own schema declares every list (a test
 * enforces it), so these are fallbacks only.
 */
const UNDECLARED_LIST_SIZE = 20;
/**
 * `__schema` answers from the whole schema: about 250 types with their fields, arguments
 * and type references, half a megabyte and more, so it is priced high (a fifth of the
 * default limit: a few per request, not hundreds). `__type` answers one type.
 */
export const INTROSPECTION_COST = { __schema: 200_000, __type: 10_000 } as const;

interface Measured {
  cost: number;
  /** Levels below this point. */
  depth: number;
  /** The lists that multiply along the costliest branch below this point, outermost first. */
  lists: { path: string; size: number }[];
}

const NOTHING: Measured = { cost: 0, depth: 0, lists: [] };

/**
 * The estimated cost of an operation: every field costs 1 (or its `@cost` weight), and the
 * fields below a list count once per item, the item count being the list's slicing argument
 * (`first`/`last`) or its `@listSize(assumedSize)`. Each fragment is measured once and
 * reused, so the walk is linear in the document; it stops as soon as a limit is passed.
 */
export class CostWalk {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly measuredFragments = new Map<string, Measured>();
  /** Field nodes walked: linear in the document, however often fragments are spread. */
  fieldsVisited = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly policy: ListPolicy,
    document: DocumentNode,
    private readonly variables: Record<string, unknown>,
    private readonly limits: CostLimits,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        this.fragments.set(definition.name.value, definition);
    }
  }

  operation(operation: OperationDefinitionNode): CostEstimate {
    const root =
      operation.operation === 'mutation'
        ? this.schema.getMutationType()
        : operation.operation === 'subscription'
          ? this.schema.getSubscriptionType()
          : this.schema.getQueryType();
    if (!root) return { cost: 0, depth: 0 };
    const measured = this.selectionSet(root, operation.selectionSet, null, 0, '');
    return { cost: measured.cost, depth: measured.depth };
  }

  private selectionSet(
    type: GraphQLCompositeType,
    selectionSet: SelectionSetNode,
    sized: { fields: string[]; size: number } | null,
    depth: number,
    path: string,
  ): Measured {
    let total: Measured = NOTHING;
    let costliest: Measured = NOTHING;
    for (const selection of selectionSet.selections) {
      let measured: Measured;
      if (selection.kind === Kind.FIELD) {
        measured = this.field(type, selection, sized, depth, path);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition
          ? this.schema.getType(selection.typeCondition.name.value)
          : type;
        measured = isCompositeType(on)
          ? this.selectionSet(on, selection.selectionSet, sized, depth, path)
          : NOTHING;
      } else {
        measured = this.fragment(selection.name.value, sized, depth, path);
      }
      costliest = measured.cost > costliest.cost ? measured : costliest;
      total = {
        cost: total.cost + measured.cost,
        depth: Math.max(total.depth, measured.depth),
        lists: costliest.lists,
      };
      // Siblings add up: many cheap fields (aliases) can pass the limit together.
      this.checked(total, path || 'the operation');
    }
    return total;
  }

  /** A named fragment, measured the first time it is spread and reused after. */
  private fragment(
    name: string,
    sized: { fields: string[]; size: number } | null,
    depth: number,
    path: string,
  ): Measured {
    const key = sized ? `${name}|${sized.fields.join(',')}:${sized.size}` : name;
    const known = this.measuredFragments.get(key);
    if (known) {
      this.checkDepth(depth + known.depth, path);
      return known;
    }
    const fragment = this.fragments.get(name);
    const on = fragment && this.schema.getType(fragment.typeCondition.name.value);
    const measured =
      fragment && isCompositeType(on)
        ? this.selectionSet(on, fragment.selectionSet, sized, depth, path)
        : NOTHING;
    this.measuredFragments.set(key, measured);
    return measured;
  }

  private field(
    parent: GraphQLCompositeType,
    node: FieldNode,
    sized: { fields: string[]; size: number } | null,
    depth: number,
    parentPath: string,
  ): Measured {
    this.fieldsVisited += 1;
    const name = node.name.value;
    const path = parentPath ? `${parentPath}.${name}` : name;
    if (name === '__typename') return { cost: 1, depth: 0, lists: [] };
    if (name === '__schema' || name === '__type') {
      return this.checked(
        { cost: INTROSPECTION_COST[name], depth: 1, lists: [{ path, size: 1 }] },
        path,
      );
    }
    if (!isObjectType(parent) && !isInterfaceType(parent)) return NOTHING;
    const definition = parent.getFields()[name];
    if (!definition) return NOTHING;

    const declared = this.policy.get(`${parent.name}.${name}`);
    const size = sized?.fields.includes(name)
      ? sized.size
      : this.sizeOf(parent.name, definition, node);
    // A connection's size applies to its sized fields (edges), not to the connection itself.
    const childSized = declared?.sizedFields ? { fields: declared.sizedFields, size } : null;
    const times = childSized ? 1 : size;
    // edges { node } of a connection are wrappers, not nesting a client chose.
    const wrapper =
      Boolean(sized?.fields.includes(name)) || (name === 'node' && parent.name.endsWith('Edge'));
    const level = wrapper ? 0 : 1;
    this.checkDepth(depth + level, path);

    const childType = getNamedType(definition.type);
    const children =
      node.selectionSet && isCompositeType(childType)
        ? this.selectionSet(childType, node.selectionSet, childSized, depth + level, path)
        : NOTHING;
    const cost = (declared?.weight ?? 1) + times * children.cost;
    // A connection's size is reported at the connection, though it multiplies its edges.
    const multiplied = sized?.fields.includes(name)
      ? { path: parentPath, size }
      : times > 1
        ? { path, size }
        : null;
    return this.checked(
      {
        cost,
        depth: level + children.depth,
        lists: multiplied ? [multiplied, ...children.lists] : children.lists,
      },
      path,
    );
  }

  /** How many items a field returns: its slicing argument, its declared size, or 1. */
  private sizeOf(parentName: string, definition: GraphQLField<unknown, unknown>, node: FieldNode) {
    const declared = this.policy.get(`${parentName}.${definition.name}`);
    const args = new Map((node.arguments ?? []).map((a) => [a.name.value, this.valueOf(a.value)]));
    if (definition.name === '_entities') {
      const representations = args.get('representations');
      return Array.isArray(representations) ? representations.length : UNDECLARED_LIST_SIZE;
    }
    if (declared?.slicingArguments) {
      const given = declared.slicingArguments
        .map((name) => ({ name, value: args.get(name) }))
        .filter((a): a is { name: string; value: number } => typeof a.value === 'number');
      for (const { name, value } of given) {
        if (value > this.limits.maxPageSize) {
          throw refusal(
            'PAGE_SIZE_TOO_LARGE',
            `${name}: ${value} on ${parentName}.${definition.name} exceeds the maximum page size ${this.limits.maxPageSize}`,
            {
              field: definition.name,
              coordinate: `${parentName}.${definition.name}`,
              argument: name,
              limit: this.limits.maxPageSize,
            },
          );
        }
      }
      if (given.length) return Math.max(1, ...given.map((a) => a.value));
    }
    if (declared?.assumedSize !== undefined) return Math.max(1, declared.assumedSize);
    return isListType(getNullableType(definition.type)) ? UNDECLARED_LIST_SIZE : 1;
  }

  private valueOf(node: ValueNode): unknown {
    if (node.kind === Kind.VARIABLE) return this.variables[node.name.value];
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.LIST) return node.values;
    return undefined;
  }

  private checkDepth(depth: number, path: string) {
    if (depth > this.limits.maxDepth) {
      throw refusal(
        'QUERY_TOO_DEEP',
        `The query nests more than ${this.limits.maxDepth} levels (at ${path}); connection edges { node } levels are not counted.`,
        { limit: this.limits.maxDepth, field: path },
      );
    }
  }

  private checked(measured: Measured, path: string): Measured {
    if (measured.cost > this.limits.maxCost) {
      const branch = measured.lists.map((list) => `${list.path} (${list.size})`).join(' › ');
      throw refusal(
        'QUERY_TOO_COMPLEX',
        `The query's estimated cost is over ${this.limits.maxCost} (${Math.round(measured.cost)} at ${path}). ` +
          (branch
            ? `Its costliest branch multiplies the items of ${branch}: ask for fewer with first/last, or for fewer fields below them.`
            : 'Ask for fewer fields.'),
        {
          cost: { requested: Math.round(measured.cost), limit: this.limits.maxCost },
          field: measured.lists[0]?.path ?? path,
        },
      );
    }
    return measured;
  }
}

/** The operation a request runs: the named one, or the only one. */
export function operationOf(document: DocumentNode, operationName?: string | null) {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
}

/** Estimates an operation's cost and depth, refusing it as soon as a limit is passed. */
export function estimateCost(
  schema: GraphQLSchema,
  policy: ListPolicy,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Record<string, unknown>,
  limits: CostLimits,
): CostEstimate {
  return new CostWalk(schema, policy, document, variables, limits).operation(operation);
}
