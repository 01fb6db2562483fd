import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { QueryLimits } from '../config';
import type { ListPolicy } from './list-policy';
import { estimateCost } from './query-cost';

/** graphql-armor reports through the validation context, so Apollo answers 400 GRAPHQL_VALIDATION_FAILED. */
const reportTo = (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(error);

/** Caps on aliases and directives, counted through fragments (graphql-armor). */
export function limitValidationRules(limits: QueryLimits): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false, onReject: [reportTo] };
  return [
    maxAliasesRule({ n: limits.maxAliases, ...common }),
    maxDirectivesRule({ n: limits.maxDirectives, ...common }),
  ] as ValidationRule[];
}

export interface CostPluginOptions<C> {
  policy: ListPolicy;
  limits: QueryLimits;
  maxPageSize: number;
  /** Requests whose cost was already estimated upstream (signed by the gateway). */
  trusted?: (context: C) => boolean;
}

/**
 * Estimates each operation's cost from the schema's `@listSize`/`@cost` before anything
 * runs, refuses it past the limits (HTTP 400 with a code and the field that drove the
 * cost), and reports the estimate in `extensions.cost` of every answer.
 */
export function costLimitPlugin<C extends BaseContext>(
  options: CostPluginOptions<C>,
): ApolloServerPlugin<C> {
  const { maxCost, maxDepth } = options.limits;
  return {
    async requestDidStart() {
      let requested: number | undefined;
      return {
        async didResolveOperation({ document, request, schema, operationName, contextValue }) {
          if (options.trusted?.(contextValue)) return;
          requested = estimateCost(
            schema,
            options.policy,
            document,
            operationName,
            request.variables ?? {},
            { maxCost, maxDepth, maxPageSize: options.maxPageSize },
          ).cost;
        },
        async willSendResponse({ response }) {
          if (requested === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: { requested: Math.round(requested), limit: maxCost },
          };
        },
      };
    },
  };
}
