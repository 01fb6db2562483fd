import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  getVariableValues,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { QueryLimits } from '../config';
import type { ListPolicy } from './list-policy';
import { estimateCost } from './query-cost';
import { refusal } from './refusal';

/**
 * The variables as the operation will run with them: defaults applied (a `$n: Int = 100`
 * must cost 100), coerced by the schema. Invalid variables are left for validation to
 * refuse; the estimate then uses what was sent.
 */
export function coercedVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const { coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return coerced ?? variables;
}

/**
 * graphql-armor reports through the validation context, so Apollo answers 400
 * GRAPHQL_VALIDATION_FAILED; its "Syntax Error:" prefix is dropped: the syntax is fine.
 */
const reportTo = (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));

/** Caps on aliases and directives, counted through fragments (graphql-armor). */
export function limitValidationRules(limits: QueryLimits): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false, onReject: [reportTo] };
  // Aliased __typename count too: they cost a field each (armor allows them by default).
  return [
    maxAliasesRule({ n: limits.maxAliases, allowList: [], ...common }),
    maxDirectivesRule({ n: limits.maxDirectives, ...common }),
  ] as ValidationRule[];
}

export interface CostPluginOptions<C> {
  policy: ListPolicy;
  limits: QueryLimits;
  maxPageSize: number;
  /** Requests whose cost was already estimated upstream (signed by the gateway). */
  trusted?: (context: C) => boolean;
  /**
   * What the HTTP request has spent so far: the operations of a batch share one context
   * (Apollo clones it shallowly), so they share one budget and cannot spend the limit each.
   */
  budget?: (context: C) => CostBudget | undefined;
}

/** The cost the operations of one HTTP request have been estimated at, together. */
export interface CostBudget {
  spent: number;
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
  const estimated = new WeakMap<OperationDefinitionNode, number>();
  return {
    async requestDidStart() {
      let requested: number | undefined;
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          if (operation?.operation === 'subscription') {
            throw refusal('OPERATION_NOT_SUPPORTED', 'This API has no subscriptions; use a query');
          }
          if (!operation || options.trusted?.(contextValue)) return;
          requested = estimated.get(operation);
          if (requested === undefined) {
            requested = estimateCost(
              schema,
              options.policy,
              operation,
              document,
              coercedVariables(schema, operation, request.variables ?? {}),
              { maxCost, maxDepth, maxPageSize: options.maxPageSize },
            ).cost;
            // Without variables the estimate depends on the document alone, and Apollo Server
            // hands the same parsed document to every request with the same text: once is enough.
            if (!operation.variableDefinitions?.length) estimated.set(operation, requested);
          }
          const budget = options.budget?.(contextValue);
          if (!budget) return;
          if (budget.spent + requested > maxCost) {
            throw refusal(
              'QUERY_TOO_COMPLEX',
              `The operations of this batch together are estimated at over ${maxCost}: send fewer at once`,
              { cost: { requested: Math.round(budget.spent + requested), limit: maxCost } },
            );
          }
          budget.spent += requested;
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
