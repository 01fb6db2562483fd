import { parse, type OperationDefinitionNode } from 'graphql';
import { KNOWN_OPERATION_NAMES } from '@ehelse/shared/runtime';
import { examples } from '../playground/examples';

describe('operation names that become metric labels', () => {
  it("include every named playground example, so the examples' traffic is told apart", () => {
    const names = examples.flatMap((example) =>
      parse(example.query)
        .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
        .flatMap((operation) => (operation.name ? [operation.name.value] : [])),
    );
    expect(names.length).toBeGreaterThan(0);
    expect([...KNOWN_OPERATION_NAMES].sort()).toEqual([...new Set(names)].sort());
  });
});
