import type { ApolloServerPlugin } from '@apollo/server';
import { mapSchema, MapperKind } from '@graphql-tools/utils';
import { GraphQLError, getVariableValues, type GraphQLSchema } from 'graphql';
import { resolvers as scalarImplementations } from 'graphql-scalars';

/**
 * The gateway's API schema knows custom scalars (Date, JSON, ...) only by name and
 * accepts any value for them, so an impossible date would travel to a subgraph and
 * come back as an opaque failure. The same graphql-scalars implementations the
 * subgraphs use are put back here, to check variables before any planning.
 */
const withScalarImplementations = (schema: GraphQLSchema) =>
  mapSchema(schema, {
    [MapperKind.SCALAR_TYPE]: (type) => scalarImplementations[type.name] ?? type,
  });

/** Refuses variables a subgraph would refuse: BAD_USER_INPUT, HTTP 400, naming the variable. */
export function variableScalarsPlugin(): ApolloServerPlugin {
  const checked = new WeakMap<GraphQLSchema, GraphQLSchema>();
  const checkingSchemaFor = (schema: GraphQLSchema) => {
    let result = checked.get(schema);
    if (!result) checked.set(schema, (result = withScalarImplementations(schema)));
    return result;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, request }) {
          if (!operation?.variableDefinitions?.length) return;
          const { errors } = getVariableValues(
            checkingSchemaFor(schema),
            operation.variableDefinitions,
            request.variables ?? {},
          );
          if (!errors?.length) return;
          const [first] = errors;
          const variable = first.nodes?.[0]?.kind === 'VariableDefinition' ? first.nodes[0] : null;
          throw new GraphQLError(first.message, {
            nodes: first.nodes,
            extensions: {
              code: 'BAD_USER_INPUT',
              ...(variable ? { variable: variable.variable.name.value } : {}),
              http: { status: 400 },
            },
          });
        },
      };
    },
  };
}
