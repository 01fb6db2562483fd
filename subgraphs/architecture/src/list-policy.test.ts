import { printSubgraphSchema } from '@apollo/subgraph';
import {
  badConnections,
  connectionFields,
  replacedLists,
  typesWithoutIdentity,
  unsizedLists,
} from '@ehelse/test-kit';
import { buildArchitectureSchema } from './schema';

/** The project-wide policies on this subgraph's own SDL; the supergraph test checks them all together. */
describe('list policy of the architecture subgraph SDL', () => {
  let sdl: string;
  beforeAll(async () => {
    sdl = printSubgraphSchema(await buildArchitectureSchema());
  });

  it('sizes every list and every connection', () => {
    expect(unsizedLists(sdl)).toEqual([]);
    expect(badConnections(sdl)).toEqual([]);
    expect(
      connectionFields(sdl)
        .map(({ name }) => name)
        .sort(),
    ).toEqual([
      'Organisation.responsibleForMeasuresConnection',
      'Query.architectureAuditEvents',
      'Query.measures',
      'Query.roadmapActivities',
    ]);
  });

  it('deprecates the plain list its connection replaces, still sized', () => {
    expect(replacedLists(sdl)).toEqual([
      { name: 'Organisation.responsibleForMeasures', problems: [] },
    ]);
  });

  it('gives every object type it owns an id or marks it as a value object', () => {
    // FocusArea is portfolio's; edges, page info and the audit trail come from shared/.
    expect(typesWithoutIdentity(sdl, (type) => type === 'FocusArea')).toEqual([]);
  });
});
