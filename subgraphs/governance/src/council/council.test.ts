import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { governanceSubgraph } from '../main';

const MEMBERS = `query Members($id: ID!, $on: Date) {
  council(id: $id) {
    name
    memberships(activeOn: $on) { role from to person { name title } organisation { id } replaces { person { name } } }
  }
}`;

describe.each(BACKENDS)('councils and memberships on %s', (backend) => {
  let harness: Harness;
  const run = async (source: string, variableValues?: Record<string, unknown>) =>
    (await harness.run(source, variableValues)).data;
  beforeAll(async () => {
    harness = await openHarness(
      governanceSubgraph,
      await testConfig(backend, 'governance_council'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  it('has 19 members of Nasjonalt e-helseråd on 2022-09-21, led by Rune Simensen', async () => {
    const { council } = await run(MEMBERS, { id: 'nasjonalt-e-helserad', on: '2022-09-21' });
    expect(council.name).toBe('Nasjonalt e-helseråd');
    expect(council.memberships).toHaveLength(19);
    const leaders = council.memberships.filter((m: any) => m.role === 'LEADER');
    expect(leaders.map((m: any) => m.person.name)).toEqual(['Rune Simensen']);
    expect(council.memberships[0]).toEqual({
      role: 'LEADER',
      from: '2022-09-21',
      to: '2022-09-21',
      person: { name: 'Rune Simensen', title: 'Direktør for teknologi og e-helse' },
      organisation: { id: 'helse-sor-ost-rhf' },
      replaces: { person: { name: 'Terje Rootwelt' } },
    });
    const names = council.memberships.map((m: any) => m.person.name);
    expect(names).toEqual(
      expect.arrayContaining(['Camilla Dunsæd', 'Erik Hansen', 'Kjersti Forbord Jensås']),
    );
    expect(names).not.toContain('Terje Rootwelt');
  });

  it('gives the earlier composition before the meeting: 17 members, Camilla Dunsæd leading', async () => {
    const { council } = await run(MEMBERS, { id: 'nasjonalt-e-helserad', on: '2022-09-20' });
    expect(council.memberships).toHaveLength(17);
    const leaders = council.memberships.filter((m: any) => m.role === 'LEADER');
    expect(leaders.map((m: any) => [m.person.name, m.to])).toEqual([
      ['Camilla Dunsæd', '2022-09-20'],
    ]);
    const names = council.memberships.map((m: any) => m.person.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Terje Rootwelt',
        'Inger Cathrine Bryne',
        'Stig Arild Slørdahl',
        'Cecilie Daae',
        'Camilla Stoltenberg',
      ]),
    );
    expect(names).not.toContain('Rune Simensen');
    expect(names).not.toContain('Johan Ronæs');
  });

  it('lists every recorded membership without a date, and the replacements both ways', async () => {
    const { council } = await run(MEMBERS, { id: 'nasjonalt-e-helserad' });
    expect(council.memberships).toHaveLength(25);
    const { person } = await run(
      `{ person(id: "cecilie-daae") { memberships { to replacedBy { person { name } from } } } }`,
    );
    expect(person.memberships).toEqual([
      { to: '2022-09-20', replacedBy: { person: { name: 'Barthold Vonen' }, from: '2022-09-21' } },
    ]);
  });

  it('models the hierarchy, kinds, mandates and the predecessor', async () => {
    const { councils } = await run(`{ councils { id } }`);
    expect(councils).toHaveLength(14);
    const { council } = await run(`{
      council(id: "nufa") {
        name abbreviation kind mandate
        parent { abbreviation parent { name kind established predecessor { name abbreviation successor { name } } } }
      }
    }`);
    expect(council).toEqual({
      name: 'Fagutvalget',
      abbreviation: 'NUFA',
      kind: 'COMMITTEE',
      mandate:
        'Gi innspill og råd om faglige behov som kan påvirke fremtidige initiativer og justering av mål i nasjonal e-helsestrategi.',
      parent: {
        abbreviation: 'NUIT',
        parent: {
          name: 'Nasjonalt e-helseråd',
          kind: 'COUNCIL',
          established: 2022,
          predecessor: {
            name: 'Nasjonalt e-helsestyre',
            abbreviation: 'NEHS',
            successor: { name: 'Nasjonalt e-helseråd' },
          },
        },
      },
    });
    const { council: board } = await run(
      `{ council(id: "akson-prosjektstyre") { kind subordinates { id } } }`,
    );
    expect(board).toEqual({
      kind: 'STEERING_GROUP',
      subordinates: [{ id: 'akson-spa-arbeidsgruppe' }, { id: 'arbeidsgruppe-prosjektstrategi' }],
    });
    expect((await run(`{ council(id: "nope") { id } }`)).council).toBeNull();
  });

  it('finds people by name ignoring case and Norwegian letters, paged', async () => {
    const { people } = await run(
      `{ people(search: "DUNSAED") { totalCount edges { node { id name title } } } }`,
    );
    expect(people).toEqual({
      totalCount: 1,
      edges: [{ node: { id: 'camilla-dunsaed', name: 'Camilla Dunsæd', title: 'Rådmann' } }],
    });
    expect(
      (await run(`{ people(search: "slørdahl") { edges { node { name } } } }`)).people.edges,
    ).toEqual([{ node: { name: 'Stig Arild Slørdahl' } }]);
    const first = await run(
      `{ people(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`,
    );
    expect(first.people.totalCount).toBe(49);
    expect(first.people.edges[0].node.name).toBe('Aase Synnøve Hobbesland');
    const next = await run(
      `query($after: String) { people(first: 40, after: $after) { pageInfo { hasNextPage } edges { node { name } } } }`,
      {
        after: first.people.pageInfo.endCursor,
      },
    );
    expect(next.people.edges).toHaveLength(29);
    expect(next.people.pageInfo.hasNextPage).toBe(false);
    expect((await run(`{ people(search: "50%") { totalCount } }`)).people.totalCount).toBe(0);
  });

  it('contributes Organisation.memberships through the entity reference', async () => {
    const data = await run(`{
      _entities(representations: [{ __typename: "Organisation", id: "helse-sor-ost-rhf" }]) {
        ... on Organisation { id memberships { council { id } person { name } role } }
      }
    }`);
    expect(data._entities[0]).toEqual({
      id: 'helse-sor-ost-rhf',
      memberships: [
        {
          council: { id: 'arbeidsgruppe-prosjektstrategi' },
          person: { name: 'Ole Johan Kvan' },
          role: 'MEMBER',
        },
        {
          council: { id: 'nasjonalt-e-helserad' },
          person: { name: 'Rune Simensen' },
          role: 'LEADER',
        },
        {
          council: { id: 'nasjonalt-e-helserad' },
          person: { name: 'Terje Rootwelt' },
          role: 'MEMBER',
        },
      ],
    });
  });
});
