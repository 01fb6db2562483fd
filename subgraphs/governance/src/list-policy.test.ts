import { printSubgraphSchema } from '@apollo/subgraph';
import {
  badConnections,
  replacedLists,
  typesWithoutIdentity,
  unsizedLists,
} from '@ehelse/test-kit';
import { buildGovernanceSchema } from './schema';

/** The growing collections, deprecated beside the connection that replaces them. */
const REPLACED = [
  'Council.memberships',
  'Council.meetings',
  'Person.memberships',
  'Person.presentedAgendaItems',
  'Organisation.memberships',
  'Project.agendaItems',
];

/** The project-wide policies on this subgraph's own SDL; the supergraph test checks them all together. */
describe('the governance list policy', () => {
  let sdl: string;
  beforeAll(async () => {
    sdl = printSubgraphSchema(await buildGovernanceSchema());
  });

  it('gives every list field @listSize or makes it a connection', () => {
    expect(unsizedLists(sdl)).toEqual([]);
    expect(badConnections(sdl)).toEqual([]);
  });

  it('deprecates each plain growing list beside its connection, and keeps it sized', () => {
    const replaced = replacedLists(sdl);
    expect(replaced.map((list) => list.name).sort()).toEqual([...REPLACED].sort());
    expect(replaced.filter((list) => list.problems.length)).toEqual([]);
  });

  it('gives each type a client cache keeps an id, and marks the others as value objects', () => {
    // Organisation and Project are portfolio's stubs here.
    expect(typesWithoutIdentity(sdl, (type) => ['Organisation', 'Project'].includes(type))).toEqual(
      [],
    );
  });
});
