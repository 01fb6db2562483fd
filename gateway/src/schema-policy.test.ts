import fs from 'node:fs';
import { Kind, parse, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { VALUE_OBJECT_NOTE } from '@ehelse/shared';
import { SUPERGRAPH_FILE } from './compose';

/** The supergraph as clients get it: every object type with its fields, across subgraphs. */
const objectTypes = () => {
  const types = new Map<string, { description: string; fields: FieldDefinitionNode[] }>();
  for (const definition of parse(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    types.set(definition.name.value, {
      description: definition.description?.value ?? '',
      fields: [...(definition.fields ?? [])],
    });
  }
  return types;
};

const isList = (type: TypeNode): boolean =>
  type.kind === Kind.NON_NULL_TYPE ? isList(type.type) : type.kind === Kind.LIST_TYPE;
const namedType = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
const listSizeOf = (field: FieldDefinitionNode) =>
  field.directives?.find((d) => d.name.value === 'listSize');
const ROOTS = new Set(['Query', 'Mutation']);

describe('the list policy of the supergraph', () => {
  it('declares every list: a connection (sized by first/last) or a @listSize', () => {
    const undeclared: string[] = [];
    for (const [typeName, { fields }] of objectTypes()) {
      for (const field of fields) {
        const name = `${typeName}.${field.name.value}`;
        // A connection's edges are sized by the field that returns the connection.
        if (typeName.endsWith('Connection') && field.name.value === 'edges') continue;
        if (isList(field.type) && !listSizeOf(field)) undeclared.push(name);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('sizes every connection field by its slicing arguments, and pages both ways', () => {
    const wrong: string[] = [];
    for (const [typeName, { fields }] of objectTypes()) {
      for (const field of fields) {
        if (!namedType(field.type).endsWith('Connection')) continue;
        const listSize = listSizeOf(field);
        const args = new Set(field.arguments?.map((a) => a.name.value));
        const slicing = listSize?.arguments?.find((a) => a.name.value === 'slicingArguments');
        const ok =
          slicing?.value.kind === Kind.LIST &&
          ['first', 'after', 'last', 'before'].every((a) => args.has(a));
        if (!ok) wrong.push(`${typeName}.${field.name.value}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('normalisable results', () => {
  it('gives every object type an id, or documents it as a value object', () => {
    const without = [...objectTypes()]
      .filter(([name]) => !ROOTS.has(name))
      .filter(([, type]) => !type.fields.some((f) => f.name.value === 'id'))
      .filter(([, type]) => !type.description.includes(VALUE_OBJECT_NOTE))
      .map(([name]) => name);
    expect(without).toEqual([]);
  });
});
