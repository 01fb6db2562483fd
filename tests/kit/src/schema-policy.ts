import { Kind, parse, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { VALUE_OBJECT_NOTE } from '@ehelse/shared/graphql';

/**
 * The schema policies every subgraph and the supergraph are held to, read from SDL:
 * each list is sized, each connection pages both ways, each cacheable type has an id,
 * each plain list a connection replaced is deprecated and still sized.
 */
export interface SdlField {
  type: string;
  name: string;
  field: FieldDefinitionNode;
}

interface SdlType {
  name: string;
  kind: Kind;
  description: string;
  fields: FieldDefinitionNode[];
}

export function typesOf(sdl: string): SdlType[] {
  return parse(sdl).definitions.flatMap((definition) =>
    definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
    definition.kind === Kind.INTERFACE_TYPE_DEFINITION
      ? [
          {
            name: definition.name.value,
            kind: definition.kind,
            description: definition.description?.value ?? '',
            fields: [...(definition.fields ?? [])],
          },
        ]
      : [],
  );
}

export const fieldsOf = (sdl: string): SdlField[] =>
  typesOf(sdl).flatMap((type) =>
    type.fields.map((field) => ({
      type: type.name,
      name: `${type.name}.${field.name.value}`,
      field,
    })),
  );

const isList = (type: TypeNode): boolean =>
  type.kind === Kind.NON_NULL_TYPE ? isList(type.type) : type.kind === Kind.LIST_TYPE;
export const namedType = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
export const directive = (field: FieldDefinitionNode, name: string) =>
  field.directives?.find((d) => d.name.value === name);
const argumentNames = (field: FieldDefinitionNode) =>
  (field.arguments ?? []).map((a) => a.name.value).sort();
const PAGING = ['after', 'before', 'first', 'last'];

/** Lists without `@listSize`; a connection's edges are sized by the field returning it. */
export const unsizedLists = (sdl: string) =>
  fieldsOf(sdl)
    .filter(({ type, field }) => !(type.endsWith('Connection') && field.name.value === 'edges'))
    .filter(({ field }) => isList(field.type) && !directive(field, 'listSize'))
    .map(({ name }) => name);

export const connectionFields = (sdl: string) =>
  fieldsOf(sdl).filter(({ field }) => namedType(field.type).endsWith('Connection'));

/** Connections not sized by their slicing arguments, or without first/after/last/before. */
export const badConnections = (sdl: string) =>
  connectionFields(sdl)
    .filter(({ field }) => {
      const slicing = directive(field, 'listSize')?.arguments?.find(
        (a) => a.name.value === 'slicingArguments',
      );
      const names = argumentNames(field);
      return slicing?.value.kind !== Kind.LIST || !PAGING.every((a) => names.includes(a));
    })
    .map(({ name }) => name);

/** Object types with neither an id nor the value-object marker (roots and `ignore` aside). */
export const typesWithoutIdentity = (
  sdl: string,
  ignore: (type: string) => boolean = () => false,
) =>
  typesOf(sdl)
    .filter((type) => type.kind === Kind.OBJECT_TYPE_DEFINITION)
    .filter((type) => !['Query', 'Mutation'].includes(type.name) && !ignore(type.name))
    .filter((type) => !type.fields.some((field) => field.name.value === 'id'))
    .filter((type) => !type.description.includes(VALUE_OBJECT_NOTE))
    .map((type) => type.name);

/**
 * Plain lists with an `xConnection` beside them: each must be deprecated naming it, still
 * sized, and the connection must take the same arguments plus the paging ones.
 */
export function replacedLists(sdl: string) {
  const fields = new Map(fieldsOf(sdl).map((entry) => [entry.name, entry.field]));
  return [...fields].flatMap(([name, plain]) => {
    const connection = fields.get(`${name}Connection`);
    if (!connection || !isList(plain.type)) return [];
    const reason = directive(plain, 'deprecated')?.arguments?.[0]?.value;
    const problems = [
      !(reason?.kind === Kind.STRING && reason.value.includes(`${plain.name.value}Connection`)) &&
        'not deprecated in favour of its connection',
      !directive(plain, 'listSize') && 'no @listSize',
      argumentNames(connection).join() !== [...argumentNames(plain), ...PAGING].sort().join() &&
        'connection arguments differ',
    ].filter(Boolean);
    return [{ name, problems }];
  });
}
