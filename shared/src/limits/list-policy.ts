import {
  Kind,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
  type ConstDirectiveNode,
  type ConstValueNode,
  type DocumentNode,
  type FieldDefinitionNode,
} from 'graphql';

/** What the schema declares about one field's size and weight (`@listSize`, `@cost`). */
export interface FieldPolicy {
  /** `@listSize(assumedSize:)`: the size assumed when no slicing argument is given. */
  assumedSize?: number;
  /** `@listSize(slicingArguments:)`: arguments whose value is the size, e.g. first, last. */
  slicingArguments?: string[];
  /** `@listSize(sizedFields:)`: child fields the size applies to, e.g. a connection's edges. */
  sizedFields?: string[];
  /** `@cost(weight:)`: what the field costs beyond its size. */
  weight?: number;
}

/** Field policies by "Type.field", read once from a schema's SDL. */
export type ListPolicy = ReadonlyMap<string, FieldPolicy>;

const valueOf = (node: ConstValueNode): unknown => {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.STRING) return node.value;
  if (node.kind === Kind.BOOLEAN) return node.value;
  if (node.kind === Kind.LIST) return node.values.map(valueOf);
  return undefined;
};

const argumentsOf = (directive: ConstDirectiveNode) =>
  Object.fromEntries((directive.arguments ?? []).map((a) => [a.name.value, valueOf(a.value)]));

function policyOf(field: FieldDefinitionNode): FieldPolicy | undefined {
  const policy: FieldPolicy = {};
  for (const directive of field.directives ?? []) {
    const args = argumentsOf(directive);
    if (directive.name.value === 'listSize') {
      if (typeof args.assumedSize === 'number') policy.assumedSize = args.assumedSize;
      if (Array.isArray(args.slicingArguments))
        policy.slicingArguments = args.slicingArguments as string[];
      if (Array.isArray(args.sizedFields)) policy.sizedFields = args.sizedFields as string[];
    } else if (directive.name.value === 'cost' && typeof args.weight === 'number') {
      policy.weight = args.weight;
    }
  }
  return Object.keys(policy).length ? policy : undefined;
}

/**
 * Reads `@listSize` and `@cost` from SDL: the supergraph at the gateway (the directives are
 * composed into it, so Apollo Router's demand control would read the same numbers), or a
 * subgraph's own SDL.
 */
export function listPolicyOf(sdl: DocumentNode): ListPolicy {
  const policy = new Map<string, FieldPolicy>();
  for (const definition of sdl.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    )
      continue;
    for (const field of definition.fields ?? []) {
      const found = policyOf(field);
      if (found) policy.set(`${definition.name.value}.${field.name.value}`, found);
    }
  }
  return policy;
}

/** The same, read from an executable schema's field definitions (a subgraph's own schema). */
export function listPolicyOfSchema(schema: GraphQLSchema): ListPolicy {
  const policy = new Map<string, FieldPolicy>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const found = field.astNode && policyOf(field.astNode);
      if (found) policy.set(`${type.name}.${field.name}`, found);
    }
  }
  return policy;
}
