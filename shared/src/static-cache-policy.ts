import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type ConstDirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * A subgraph answer's cache policy, computed once per operation from the @cacheControl hints
 * of every field it selects, instead of by Apollo's cache-control plugin at every resolved
 * field. That plugin's per-field hook (and the per-field instrumentation Apollo wraps every
 * resolver in while any plugin has such a hook) was about a sixth of a list's CPU.
 *
 * The rules are Apollo's (https://www.apollographql.com/docs/apollo-server/performance/caching):
 * a field takes its return type's hint, then its own; a field returning an object, or a root
 * field, without a maxAge gets 0; `_entities` takes the hints of the entity types it is asked
 * for. The answer's policy is the most restrictive of all. Static where Apollo's is dynamic:
 * a field under a null parent, in an empty list, or behind @skip counts here and not there,
 * so this policy is never less restrictive than Apollo's (tests/static-cache-policy.test.ts
 * compares the two on every subgraph). No resolver here sets a hint dynamically; one that
 * needed to would need Apollo's plugin back.
 */
interface Policy {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

function hintOf(directives: readonly ConstDirectiveNode[] | undefined): Policy | undefined {
  const directive = directives?.find((d) => d.name.value === 'cacheControl');
  if (!directive) return undefined;
  const argument = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
  const maxAge = argument('maxAge');
  const scope = argument('scope');
  if (argument('inheritMaxAge')) {
    throw new Error('@cacheControl(inheritMaxAge) is not supported by static-cache-policy.ts');
  }
  return {
    maxAge: maxAge?.kind === Kind.INT ? Number(maxAge.value) : undefined,
    scope:
      scope?.kind === Kind.ENUM && (scope.value === 'PUBLIC' || scope.value === 'PRIVATE')
        ? scope.value
        : undefined,
  };
}

function typeHint(type: GraphQLCompositeType): Policy {
  return (
    hintOf(type.astNode?.directives) ??
    type.extensionASTNodes.map((node) => hintOf(node.directives)).find(Boolean) ??
    {}
  );
}

/** Apollo's CachePolicy.replace and .restrict, on a plain object. */
function replace(policy: Policy, hint: Policy) {
  if (hint.maxAge !== undefined) policy.maxAge = hint.maxAge;
  if (hint.scope !== undefined) policy.scope = hint.scope;
}
function restrict(policy: Policy, hint: Policy) {
  if (hint.maxAge !== undefined && (policy.maxAge === undefined || hint.maxAge < policy.maxAge)) {
    policy.maxAge = hint.maxAge;
  }
  if (hint.scope !== undefined && policy.scope !== 'PRIVATE') policy.scope = hint.scope;
}

class Walk {
  readonly overall: Policy = {};
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
  ) {}

  /** The object types a value of `type` can be at run time. */
  private runtimeTypes(type: GraphQLCompositeType): readonly GraphQLObjectType[] {
    return isAbstractType(type) ? this.schema.getPossibleTypes(type) : [type];
  }

  /** The object types named by the type conditions directly in a selection set. */
  private typesAskedFor(selectionSet: SelectionSetNode): GraphQLObjectType[] {
    const names = selectionSet.selections.flatMap((selection) => {
      if (selection.kind === Kind.INLINE_FRAGMENT) return selection.typeCondition?.name.value ?? [];
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        return this.fragments.get(selection.name.value)?.typeCondition.name.value ?? [];
      }
      return [];
    });
    return names.map((name) => this.schema.getType(name)).filter(isObjectType);
  }

  private field(field: GraphQLField<unknown, unknown>, node: FieldNode, isRoot: boolean) {
    const policy: Policy = {};
    const target = getNamedType(field.type);
    const composite = isCompositeType(target);
    if (composite) replace(policy, typeHint(target));
    replace(policy, hintOf(field.astNode?.directives) ?? {});
    // @apollo/subgraph restricts `_entities` by the hint of each entity type it resolves.
    if (isRoot && field.name === '_entities' && node.selectionSet) {
      for (const type of this.typesAskedFor(node.selectionSet)) restrict(policy, typeHint(type));
    }
    if (policy.maxAge === undefined && (composite || isRoot)) policy.maxAge = 0;
    restrict(this.overall, policy);
    if (composite && node.selectionSet)
      this.selections(node.selectionSet, this.runtimeTypes(target));
  }

  selections(
    selectionSet: SelectionSetNode,
    parents: readonly GraphQLObjectType[],
    isRoot = false,
  ) {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        // __typename and introspection's meta fields: Apollo's hook gives a scalar none, and
        // __schema/__type (root fields of a composite type) maxAge 0.
        if (selection.name.value.startsWith('__')) {
          if (isRoot && selection.name.value !== '__typename')
            restrict(this.overall, { maxAge: 0 });
          continue;
        }
        for (const parent of parents) {
          const field = parent.getFields()[selection.name.value];
          if (field) this.field(field, selection, isRoot);
        }
        continue;
      }
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection
          : this.fragments.get(selection.name.value);
      if (!fragment) continue;
      const condition =
        fragment.typeCondition && this.schema.getType(fragment.typeCondition.name.value);
      const narrowed =
        condition && isCompositeType(condition)
          ? parents.filter((parent) => this.runtimeTypes(condition).includes(parent))
          : parents;
      this.selections(fragment.selectionSet, narrowed, isRoot);
    }
  }
}

/** The cache policy of one operation of a document, as Apollo's plugin would compute it at most. */
export function staticCachePolicy(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: readonly FragmentDefinitionNode[],
): Policy {
  const root = schema.getRootType(operation.operation);
  if (!root) return { maxAge: 0 };
  const walk = new Walk(schema, new Map(fragments.map((f) => [f.name.value, f])));
  walk.selections(operation.selectionSet, [root], true);
  return walk.overall;
}

/**
 * Replaces Apollo's cache-control plugin in a subgraph (pass ApolloServerPluginCacheControlDisabled
 * too): the same Cache-Control header, `max-age=N, public|private` for a cacheable answer
 * without errors, `no-store` otherwise, which the gateway's response cache reads.
 */
export function staticCachePolicyPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  // Keyed by the parsed operation, which Apollo keeps per query text in its document store.
  const policies = new WeakMap<OperationDefinitionNode, Policy>();
  return {
    // A hint these rules do not implement fails the start, not a request.
    async serverWillStart({ schema }) {
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isCompositeType(type)) continue;
        typeHint(type);
        if (!isAbstractType(type))
          Object.values(type.getFields()).forEach((f) => hintOf(f.astNode?.directives));
      }
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, overallCachePolicy }) {
          // Resolved by then: Apollo answers a document without a matching operation itself.
          if (!operation) return;
          let policy = policies.get(operation);
          if (!policy) {
            const fragments = document.definitions.filter(
              (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
            );
            policy = staticCachePolicy(schema, operation, fragments);
            policies.set(operation, policy);
          }
          overallCachePolicy.restrict(policy);
        },
        async willSendResponse({ response, overallCachePolicy }) {
          if (response.http.headers.get('cache-control') === 'no-store') return;
          const cacheable = overallCachePolicy.policyIfCacheable();
          const clean = response.body.kind === 'single' && !response.body.singleResult.errors;
          response.http.headers.set(
            'cache-control',
            cacheable && clean
              ? `max-age=${cacheable.maxAge}, ${cacheable.scope.toLowerCase()}`
              : 'no-store',
          );
        },
      };
    },
  };
}
