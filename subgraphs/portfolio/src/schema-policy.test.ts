import { printSubgraphSchema } from '@apollo/subgraph';
import {
  Kind,
  parse,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';
import { VALUE_OBJECT_NOTE } from '@ehelse/shared';
import { buildPortfolioSchema } from './schema';

const namedType = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
const isList = (type: TypeNode): boolean =>
  type.kind === Kind.LIST_TYPE || (type.kind === Kind.NON_NULL_TYPE && isList(type.type));
const directive = (field: FieldDefinitionNode, name: string) =>
  field.directives?.find((d) => d.name.value === name);

/**
 * Operations have no identity; edges, page info and the audit trail's connection are
 * built in shared/, whose descriptions this subgraph does not write.
 */
const OUTSIDE_IDENTITY_RULE = (name: string) =>
  ['Query', 'Mutation', 'PageInfo', 'AuditEventConnection'].includes(name) || name.endsWith('Edge');

describe('the portfolio schema’s list policy', () => {
  let objectTypes: ObjectTypeDefinitionNode[];
  beforeAll(async () => {
    const sdl = printSubgraphSchema(await buildPortfolioSchema());
    objectTypes = parse(sdl).definitions.filter(
      (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION,
    );
  });
  const fields = () =>
    objectTypes.flatMap((type) =>
      (type.fields ?? []).map((field) => ({ type: type.name.value, field })),
    );

  it('sizes every list: a connection, or @listSize', () => {
    const unsized = fields()
      .filter(({ type, field }) => isList(field.type) && !type.endsWith('Connection'))
      .filter(({ field }) => !directive(field, 'listSize'))
      .map(({ type, field }) => `${type}.${field.name.value}`);
    expect(unsized).toEqual([]);
  });

  it('declares every connection field with its slicing arguments and paging arguments', () => {
    const connections = fields().filter(({ field }) =>
      namedType(field.type).endsWith('Connection'),
    );
    expect(connections.map(({ type, field }) => `${type}.${field.name.value}`)).toEqual(
      expect.arrayContaining([
        'Query.projects',
        'Query.organisationsConnection',
        'Query.auditEvents',
        'Organisation.responsibleForConnection',
        'FocusArea.projectsConnection',
        'Project.statusReportsConnection',
      ]),
    );
    for (const { field } of connections) {
      const size = directive(field, 'listSize');
      const slicing = size?.arguments?.find((a) => a.name.value === 'slicingArguments');
      expect(slicing && 'values' in slicing.value && slicing.value.values.length).toBe(2);
      expect(field.arguments?.map((a) => a.name.value)).toEqual(
        expect.arrayContaining(['first', 'after', 'last', 'before']),
      );
    }
  });

  it('deprecates each plain list that has a connection beside it, and keeps it sized', () => {
    for (const { type, field } of fields()) {
      const connection = `${field.name.value}Connection`;
      const sibling = objectTypes
        .find((t) => t.name.value === type)
        ?.fields?.some((f) => f.name.value === connection);
      if (!sibling) continue;
      const reason = directive(field, 'deprecated')?.arguments?.[0]?.value;
      expect(reason && 'value' in reason && reason.value).toContain(connection);
      expect(directive(field, 'listSize')).toBeDefined();
    }
  });

  it('gives every object type an id or marks it a value object', () => {
    const neither = objectTypes
      .filter((type) => !OUTSIDE_IDENTITY_RULE(type.name.value))
      .filter(
        (type) =>
          !type.fields?.some((f) => f.name.value === 'id') &&
          !type.description?.value.includes(VALUE_OBJECT_NOTE),
      )
      .map((type) => type.name.value);
    expect(neither).toEqual([]);
  });

  it('weighs the summary’s SQL aggregates with @cost', () => {
    const summary = objectTypes.find((t) => t.name.value === 'PortfolioSummary')!;
    const unweighed = (summary.fields ?? [])
      .filter((f) => !['year', 'published'].includes(f.name.value))
      .filter((f) => !directive(f, 'cost'))
      .map((f) => f.name.value);
    expect(unweighed).toEqual([]);
  });
});
