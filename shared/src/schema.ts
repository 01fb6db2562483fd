import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { GraphQLDate } from 'graphql-scalars';
import { buildSchema, createResolversMap, UseMiddleware, type NonEmptyArray } from 'type-graphql';
import type { Context } from './context';
import { authChecker } from './auth/auth-checker';
import { CACHE_CONTROL_DEFINITION } from './cache-control';
import { refuseControlCharacters } from './text-input-guard';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@cost", "@listSize"])\n';

/** `__resolveReference` per entity type, called with the key fields as the gateway sends them. */
export type ReferenceResolvers = Record<
  string,
  (reference: Record<string, unknown>, context: Context) => unknown
>;

export interface SubgraphSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  /** Types reachable only as entity stubs, which type-graphql would otherwise drop. */
  orphanedTypes?: Function[];
  references?: ReferenceResolvers;
}

/**
 * The parts of type-graphql's decorator metadata (a process-wide global) read here: which
 * methods take arguments, each object field, and what wraps a field. Partial: a type-graphql
 * that keeps them elsewhere leaves the schema as type-graphql builds it.
 */
interface DecoratorMetadata {
  params: { target: Function; methodName: string; kind: string; options?: { arg?: unknown } }[];
  fields: { target: Function; name: string; schemaName: string; simple?: boolean }[];
  authorizedFields: { target: Function; fieldName: string }[];
  authorizedResolver: { target: Function }[];
  middlewares: { target: Function; fieldName: string }[];
  resolverMiddlewares: { target: Function }[];
}
const decoratorMetadata = (): Partial<DecoratorMetadata> =>
  (globalThis as { TypeGraphQLMetadataStorage?: Partial<DecoratorMetadata> })
    .TypeGraphQLMetadataStorage ?? {};
const guarded = new WeakMap<Function, Set<string>>();

/**
 * The control-character guard on exactly the fields that take arguments, as if each had
 * `@UseMiddleware(refuseControlCharacters)`: a global middleware would also run on every
 * field without arguments, and type-graphql's middleware chain is async, so every scalar of
 * an answer became a promise (a third of a list's CPU). As a field's own middleware it runs
 * after its @Authorized check, as the global one did. False when type-graphql keeps its
 * metadata elsewhere: then the global middleware is used.
 */
function guardFieldsWithArguments(): boolean {
  const { params } = decoratorMetadata();
  if (!Array.isArray(params)) return false;
  for (const { target, methodName, kind, options } of params) {
    const takesArguments = kind === 'arg' || kind === 'args' || (kind === 'custom' && options?.arg);
    if (!takesArguments || guarded.get(target)?.has(methodName)) continue;
    UseMiddleware(refuseControlCharacters)(target.prototype, methodName);
    guarded.set(target, (guarded.get(target) ?? new Set()).add(methodName));
  }
  return true;
}

/**
 * Marks every field that only reads its property (no @Authorized, no middleware, its GraphQL
 * name its property's) as type-graphql's `simple`: the field gets no resolver of its own, and
 * the executor reads the property directly, compiled inline by graphql-jit. Otherwise
 * type-graphql wraps each such field in a resolver that builds its resolver data and runs an
 * empty middleware chain: most of a list's fields are plain columns (`id`, `name`, `amount`),
 * so that was most of its resolver calls. Run with no global middleware only (a global one
 * must see every field); fields with their own resolver (@FieldResolver) are not affected.
 * Where type-graphql keeps its metadata elsewhere, every field keeps its wrapper.
 */
function readPlainFieldsDirectly(): void {
  const { fields, authorizedFields, authorizedResolver, middlewares, resolverMiddlewares } =
    decoratorMetadata();
  if (!fields || !authorizedFields || !authorizedResolver || !middlewares || !resolverMiddlewares)
    return;
  const wrapped = new Map<Function, Set<string>>();
  for (const { target, fieldName } of [...authorizedFields, ...middlewares])
    wrapped.set(target, (wrapped.get(target) ?? new Set()).add(fieldName));
  const wrappedClasses = new Set(
    [...authorizedResolver, ...resolverMiddlewares].map(({ target }) => target),
  );
  for (const field of fields) {
    if (field.simple !== undefined || field.name !== field.schemaName) continue;
    if (wrappedClasses.has(field.target) || wrapped.get(field.target)?.has(field.name)) continue;
    field.simple = true;
  }
}

/** The subgraph SDL as type-graphql produces it, with the Federation 2 link on top. */
export async function buildSubgraphTypeDefs(options: SubgraphSchemaOptions) {
  const guarded = guardFieldsWithArguments();
  // After the guard: the middlewares it adds keep their fields wrapped.
  if (guarded) readPlainFieldsDirectly();
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    scalarsMap: [{ type: Date, scalar: GraphQLDate }],
    globalMiddlewares: guarded ? [] : [refuseControlCharacters],
    authChecker,
    skipCheck: true,
    validate: false,
  });
  return {
    schema,
    typeDefs: parse(FEDERATION_LINK + CACHE_CONTROL_DEFINITION + printSchemaWithDirectives(schema)),
  };
}

/**
 * Turns type-graphql resolver classes into an Apollo Federation subgraph schema:
 * type-graphql writes the SDL (with @key directives), @apollo/subgraph adds
 * _entities/_service, and the type-graphql resolvers are attached back.
 */
export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  const { schema, typeDefs } = await buildSubgraphTypeDefs(options);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<Context>;
  for (const [typeName, resolveReference] of Object.entries(options.references ?? {})) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      __resolveReference: resolveReference,
    } as GraphQLResolverMap<Context>[string];
  }
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}
