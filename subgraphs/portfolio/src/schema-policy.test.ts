import { printSubgraphSchema } from '@apollo/subgraph';
import {
  badConnections,
  connectionFields,
  directive,
  fieldsOf,
  replacedLists,
  typesWithoutIdentity,
  unsizedLists,
} from '@ehelse/test-kit';
import { buildPortfolioSchema } from './schema';

/** The project-wide policies on this subgraph's own SDL; the supergraph test checks them all together. */
describe('the portfolio schema’s list policy', () => {
  let sdl: string;
  beforeAll(async () => {
    sdl = printSubgraphSchema(await buildPortfolioSchema());
  });

  it('sizes every list: a connection, or @listSize', () => {
    expect(unsizedLists(sdl)).toEqual([]);
  });

  it('declares every connection field with its slicing arguments and paging arguments', () => {
    expect(connectionFields(sdl).map(({ name }) => name)).toEqual(
      expect.arrayContaining([
        'Query.projects',
        'Query.organisationsConnection',
        'Query.auditEvents',
        'Organisation.responsibleForConnection',
        'FocusArea.projectsConnection',
        'Project.statusReportsConnection',
      ]),
    );
    expect(badConnections(sdl)).toEqual([]);
  });

  it('deprecates each plain list that has a connection beside it, and keeps it sized', () => {
    const replaced = replacedLists(sdl);
    expect(replaced.length).toBe(4);
    expect(replaced.filter((list) => list.problems.length)).toEqual([]);
  });

  it('gives every object type an id or marks it a value object', () => {
    expect(typesWithoutIdentity(sdl)).toEqual([]);
  });

  it('weighs the summary’s SQL aggregates with @cost', () => {
    const unweighed = fieldsOf(sdl)
      .filter(({ type }) => type === 'PortfolioSummary')
      .filter(({ field }) => !['year', 'published'].includes(field.name.value))
      .filter(({ field }) => !directive(field, 'cost'))
      .map(({ name }) => name);
    expect(unweighed).toEqual([]);
  });
});
