import { headerFor, readPortfolioTable, type Lookups } from './portfolio-table';

const lookups: Lookups = {
  organisations: new Map([
    ['helse vest rhf', 'helse-vest-rhf'],
    ['e-helse', 'direktoratet-for-e-helse'],
  ]),
  focusAreas: new Map([
    ['1.1', '1.1'],
    ['3.2', '3.2'],
  ]),
  funderCodes: ['E-helse', 'RHF', 'Andre'],
};
const header = headerFor(lookups.funderCodes);

describe('reading the portfolio table', () => {
  it('reads rows in the documents’ layout, with decimal commas and blanks', () => {
    const { projects, errors } = readPortfolioTable(
      [
        header,
        [
          '2',
          '161',
          'Heliks',
          'Helse Vest RHF',
          'Herlof Nilsen',
          'Gjennomføring',
          '1.1 Modernisere',
          'Gul',
          '139',
          '',
          '139',
          '',
        ],
        [
          '1',
          '107',
          'Helsedataprogrammet',
          'E-helse',
          '',
          'Gjennomføring',
          '3.2 Bedre bruk',
          '',
          '0,5',
          '0,5',
          '',
          '',
        ],
      ],
      2019,
      lookups,
    );
    expect(errors).toEqual([]);
    expect(projects[0]).toMatchObject({
      id: '161',
      responsibleOrganisationId: 'helse-vest-rhf',
      phase: 'EXECUTION',
      status: 'YELLOW',
      priorityCategory: 2,
      focusAreaCode: '1.1',
      budgets: [{ year: 2019, amount: 139, costShares: [{ funder: 'RHF', amount: 139 }] }],
    });
    expect(projects[1]).toMatchObject({ leader: null, status: null, budgets: [{ amount: 0.5 }] });
  });

  it('reports every bad cell of every row, by spreadsheet row number', () => {
    const { projects, errors } = readPortfolioTable(
      [
        header,
        ['3', '999', '', 'Ukjent', '', 'Ferdig', '9.9 x', 'Blå', '-4', 'x', '', ''],
        ['2', '161', 'Heliks', 'Helse Vest RHF', '', 'Konsept', '1.1', '', '1', '', '1', ''],
        ['2', '161', 'Dobbel', 'Helse Vest RHF', '', 'Konsept', '1.1', '', '1', '', '1', ''],
      ],
      2019,
      lookups,
    );
    expect(projects.map((p) => p.name)).toEqual(['Heliks']);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Prioriteringskategori'],
      [2, 'Prosjekt-/programnavn'],
      [2, 'Ansvarlig virksomhet'],
      [2, 'Fase'],
      [2, 'Innsatsområde'],
      [2, 'Status'],
      [2, 'Budsjett (MNOK)'],
      [2, 'E-helse'],
      [4, 'ID'],
    ]);
  });

  it('refuses a table whose header is not the documents’ layout', () => {
    const { errors } = readPortfolioTable([['ID', 'Navn']], 2019, lookups);
    expect(errors).toEqual([expect.objectContaining({ row: 1 })]);
  });
});
