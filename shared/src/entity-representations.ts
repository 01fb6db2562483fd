import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  isUnionType,
  valueFromASTUntyped,
  type FieldNode,
  type OperationDefinitionNode,
} from 'graphql';

const entitiesField = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.find(
    (selection): selection is FieldNode =>
      selection.kind === Kind.FIELD && selection.name.value === '_entities',
  );

/**
 * `_entities(representations:)` takes `_Any`, so a malformed representation (no
 * `__typename`, a type that is no entity, not an object) would fail inside
 * @apollo/subgraph as an internal error. Refused here as the caller's mistake.
 */
export function entityRepresentationsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, request }) {
          const field = operation && entitiesField(operation);
          const argument = field?.arguments?.find((a) => a.name.value === 'representations');
          if (!argument) return;
          const entityType = schema.getType('_Entity');
          const entities = new Set(
            isUnionType(entityType) ? entityType.getTypes().map((t) => t.name) : [],
          );
          const representations = valueFromASTUntyped(argument.value, request.variables ?? {});
          const list = Array.isArray(representations) ? representations : [representations];
          const wrong = list.findIndex(
            (r) =>
              typeof r !== 'object' ||
              r === null ||
              !entities.has((r as { __typename?: string }).__typename ?? ''),
          );
          if (wrong === -1) return;
          throw new GraphQLError(
            `representations[${wrong}] is not an entity representation: an object with the __typename of one of ${[...entities].join(', ')} and its key fields`,
            {
              extensions: {
                code: 'BAD_USER_INPUT',
                field: `representations[${wrong}]`,
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}
