import type { ApolloServerPlugin } from '@apollo/server';
import { mapSchema, MapperKind } from '@graphql-tools/utils';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getVariableValues,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
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

/**
 * The first argument written in the document (not a variable) that the real scalars
 * refuse, e.g. `memberships(activeOn: "nope")`: validation at the gateway accepts any
 * literal for a custom scalar, the subgraph would refuse it after other parts ran.
 */
function invalidLiteral(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): (ArgumentNode & { type: string }) | undefined {
  const typeInfo = new TypeInfo(schema);
  let found: (ArgumentNode & { type: string }) | undefined;
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  for (const definition of [operation, ...fragments]) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const type = typeInfo.getArgument()?.type;
          if (found || !type || node.value.kind === Kind.VARIABLE) return;
          if (valueFromAST(node.value, type, {}) === undefined && !containsVariable(node)) {
            found = { ...node, type: String(type) };
          }
        },
      }),
    );
  }
  return found;
}

/** Values with variables inside are checked with the variables, by getVariableValues and execution. */
const containsVariable = (node: ArgumentNode) => JSON.stringify(node.value).includes('"Variable"');

/** Refuses variables a subgraph would refuse: BAD_USER_INPUT, HTTP 400, naming the variable. */
export function variableScalarsPlugin(): ApolloServerPlugin {
  const checked = new WeakMap<GraphQLSchema, GraphQLSchema>();
  const checkingSchemaFor = (schema: GraphQLSchema) => {
    let result = checked.get(schema);
    if (!result) checked.set(schema, (result = withScalarImplementations(schema)));
    return result;
  };
  // Apollo Server hands the same parsed document to every request with the same text (its
  // document store), so the literals of an operation are checked once, not on every request.
  const literalsChecked = new WeakMap<OperationDefinitionNode, ReturnType<typeof invalidLiteral>>();
  const invalidLiteralOf = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
  ) => {
    if (literalsChecked.has(operation)) return literalsChecked.get(operation);
    const found = invalidLiteral(checkingSchemaFor(schema), document, operation);
    literalsChecked.set(operation, found);
    return found;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, request, document }) {
          if (!operation) return;
          const literal = invalidLiteralOf(schema, document, operation);
          if (literal) {
            throw new GraphQLError(
              `The value given for the argument "${literal.name.value}" is not a valid ${literal.type}`,
              {
                nodes: [literal],
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: literal.name.value,
                  http: { status: 400 },
                },
              },
            );
          }
          if (!operation.variableDefinitions?.length) return;
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
