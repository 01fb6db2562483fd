import { printSubgraphSchema } from '@apollo/subgraph';
import {
  Kind,
  parse,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';
import { VALUE_OBJECT_NOTE } from '@ehelse/shared';
import { buildArchitectureSchema } from './schema';

const namedType = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
const isList = (type: TypeNode): boolean =>
  type.kind === Kind.LIST_TYPE || (type.kind === Kind.NON_NULL_TYPE && isList(type.type));
const directive = (field: FieldDefinitionNode, name: string) =>
  field.directives?.find((d) => d.name.value === name);

/** Types other parts of the project define: shared's page plumbing, portfolio's FocusArea. */
const DEFINED_ELSEWHERE = /^(PageInfo|.*Edge|AuditEventConnection|FocusArea)$/;

describe('list policy of the architecture subgraph SDL', () => {
  let types: ObjectTypeDefinitionNode[];
  beforeAll(async () => {
    const sdl = printSubgraphSchema(await buildArchitectureSchema());
    types = parse(sdl).definitions.filter(
      (d): d is ObjectTypeDefinitionNode =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.INTERFACE_TYPE_DEFINITION,
    ) as ObjectTypeDefinitionNode[];
  });

  const fields = () =>
    types.flatMap((type) => (type.fields ?? []).map((field) => ({ type: type.name.value, field })));

  it('sizes every list: a connection, or @listSize', () => {
    const unsized = fields()
      .filter(({ type, field }) => !(type.endsWith('Connection') && field.name.value === 'edges'))
      .filter(({ field }) => isList(field.type) || namedType(field.type).endsWith('Connection'))
      .filter(({ field }) => !directive(field, 'listSize'))
      .map(({ type, field }) => `${type}.${field.name.value}`);
    expect(unsized).toEqual([]);
    // The check has something to check: the subgraph has dozens of lists.
    expect(fields().filter(({ field }) => isList(field.type)).length).toBeGreaterThan(30);
  });

  it('sizes connections by their slicing arguments', () => {
    const connections = fields().filter(({ field }) =>
      namedType(field.type).endsWith('Connection'),
    );
    expect(connections.map(({ type, field }) => `${type}.${field.name.value}`).sort()).toEqual([
      'Organisation.responsibleForMeasuresConnection',
      'Query.architectureAuditEvents',
      'Query.measures',
      'Query.roadmapActivities',
    ]);
    for (const { field } of connections) {
      const slicing = directive(field, 'listSize')!.arguments!.find(
        (a) => a.name.value === 'slicingArguments',
      );
      expect(slicing).toBeDefined();
      expect(field.arguments!.map((a) => a.name.value)).toEqual(
        expect.arrayContaining(['first', 'after', 'last', 'before']),
      );
    }
  });

  it('deprecates the plain list its connection replaces, still sized', () => {
    const deprecated = fields().filter(({ field }) => directive(field, 'deprecated'));
    expect(deprecated.map(({ type, field }) => `${type}.${field.name.value}`)).toEqual([
      'Organisation.responsibleForMeasures',
    ]);
    expect(directive(deprecated[0].field, 'listSize')).toBeDefined();
  });

  it('gives every object type an id or marks it as a value object', () => {
    const unmarked = types
      .filter((type) => type.kind === Kind.OBJECT_TYPE_DEFINITION)
      .filter((type) => !['Query', 'Mutation'].includes(type.name.value))
      .filter((type) => !DEFINED_ELSEWHERE.test(type.name.value))
      .filter((type) => !type.fields?.some((field) => field.name.value === 'id'))
      .filter((type) => !type.description?.value.includes(VALUE_OBJECT_NOTE))
      .map((type) => type.name.value);
    expect(unmarked).toEqual([]);
  });
});
