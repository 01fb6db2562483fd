import fs from 'node:fs';
import {
  badConnections,
  connectionFields,
  replacedLists,
  typesWithoutIdentity,
  unsizedLists,
} from '@ehelse/test-kit';
import { SUPERGRAPH_FILE } from './supergraph-file';

/** The supergraph as clients get it, across the three subgraphs. */
const supergraph = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');

describe('the list policy of the supergraph', () => {
  it('declares every list: a connection (sized by first/last) or a @listSize', () => {
    expect(unsizedLists(supergraph)).toEqual([]);
  });

  it('sizes every connection field by its slicing arguments, and pages both ways', () => {
    expect(connectionFields(supergraph).length).toBeGreaterThan(15);
    expect(badConnections(supergraph)).toEqual([]);
  });

  it('keeps each plain list a connection replaced: deprecated, sized, same arguments', () => {
    const replaced = replacedLists(supergraph);
    expect(replaced.length).toBeGreaterThanOrEqual(11);
    expect(replaced.filter((list) => list.problems.length)).toEqual([]);
  });
});

describe('normalisable results', () => {
  it('gives every object type an id, or documents it as a value object', () => {
    expect(typesWithoutIdentity(supergraph)).toEqual([]);
  });
});
