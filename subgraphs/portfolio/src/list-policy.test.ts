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

/** The growing collections, deprecated beside the connection that replaces them. */
const REPLACED = [
  'Query.organisations',
  'FocusArea.projects',
  'Project.statusReports',
  'Organisation.responsibleFor',
];

/** The project-wide policies on this subgraph's own SDL; the supergraph test checks them all together. */
describe('the portfolio list policy', () => {
  let sdl: string;
  beforeAll(async () => {
    sdl = printSubgraphSchema(await buildPortfolioSchema());
  });

  it('gives every list field @listSize or makes it a connection', () => {
    expect(unsizedLists(sdl)).toEqual([]);
    expect(badConnections(sdl)).toEqual([]);
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
  });

  it('deprecates each plain growing list beside its connection, and keeps it sized', () => {
    const replaced = replacedLists(sdl);
    expect(replaced.map((list) => list.name).sort()).toEqual([...REPLACED].sort());
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
