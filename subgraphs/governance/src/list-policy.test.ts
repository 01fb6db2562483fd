import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import {
  Kind,
  parse,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';
import { VALUE_OBJECT_NOTE } from '@ehelse/shared';
import { buildGovernanceSchema } from './schema';

const isList = (type: TypeNode): boolean =>
  type.kind === Kind.NON_NULL_TYPE ? isList(type.type) : type.kind === Kind.LIST_TYPE;
const namedType = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
const directives = (field: FieldDefinitionNode) =>
  (field.directives ?? []).map((directive) => directive.name.value);

/** Types governance does not own or that shared/ defines: their ids and descriptions are not ours. */
const NOT_OURS = new Set(['Query', 'Mutation', 'Organisation', 'Project', 'PageInfo']);
const isShared = (name: string) => NOT_OURS.has(name) || /Edge$|^AuditEvent/.test(name);

/** The growing collections, deprecated beside the connection that replaces them. */
const REPLACED = [
  'Council.memberships',
  'Council.meetings',
  'Person.memberships',
  'Person.presentedAgendaItems',
  'Organisation.memberships',
  'Project.agendaItems',
];

describe('the governance list policy', () => {
  let types: ObjectTypeDefinitionNode[];
  const fieldsOf = (type: ObjectTypeDefinitionNode) =>
    (type.fields ?? []).map((field) => ({ name: `${type.name.value}.${field.name.value}`, field }));
  beforeAll(async () => {
    const sdl = printSubgraphSchema(await buildGovernanceSchema());
    types = parse(sdl).definitions.filter(
      (definition): definition is ObjectTypeDefinitionNode =>
        definition.kind === Kind.OBJECT_TYPE_DEFINITION,
    );
  });

  it('gives every list field @listSize or makes it a connection', () => {
    const unsized = types.flatMap((type) =>
      fieldsOf(type)
        .filter(({ field }) => isList(field.type) || namedType(field.type).endsWith('Connection'))
        // The edges of a connection are sized by the connection field's @listSize.
        .filter(
          ({ field }) => !(type.name.value.endsWith('Connection') && field.name.value === 'edges'),
        )
        .filter(({ field }) => !directives(field).includes('listSize'))
        .map(({ name }) => name),
    );
    expect(unsized).toEqual([]);
  });

  it('deprecates each plain growing list beside its connection, and keeps it sized', () => {
    const fields = new Map(types.flatMap(fieldsOf).map(({ name, field }) => [name, field]));
    for (const name of REPLACED) {
      const plain = fields.get(name)!;
      expect([name, directives(plain)]).toEqual([name, ['listSize', 'deprecated']]);
      const connection = fields.get(`${name}Connection`)!;
      expect([name, namedType(connection.type)]).toEqual([
        name,
        expect.stringMatching(/Connection$/),
      ]);
      // Same filter arguments as the plain list, plus the Relay ones (in any order).
      const argumentsOf = (field: FieldDefinitionNode) =>
        (field.arguments ?? []).map((argument) => argument.name.value).sort();
      expect(argumentsOf(connection)).toEqual(
        [...argumentsOf(plain), 'first', 'after', 'last', 'before'].sort(),
      );
    }
  });

  it('gives each type a client cache keeps an id, and marks the others as value objects', () => {
    const neither = types
      .filter((type) => !isShared(type.name.value))
      .filter((type) => !(type.fields ?? []).some((field) => field.name.value === 'id'))
      .filter((type) => !type.description?.value.includes(VALUE_OBJECT_NOTE))
      .map((type) => type.name.value);
    expect(neither).toEqual([]);
  });
});
