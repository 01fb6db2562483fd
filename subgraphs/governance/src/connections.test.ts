import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { governanceSubgraph } from './main';

/** What every connection query below selects: enough to check paging both ways. */
const PAGE = `totalCount
  pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  edges { cursor node { id } }`;
const ARGS = 'first: $first, after: $after, last: $last, before: $before';
const VARIABLES = '($first: Int, $after: String, $last: Int, $before: String)';

interface Page {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: { id: string } }[];
}

/**
 * One new nested connection beside its deprecated plain list: `select` is the query body
 * with the plain list aliased `plain` and the connection aliased `page`; `pick` finds
 * their parent in the answer.
 */
interface Case {
  field: string;
  select: string;
  pick: (data: any) => { plain: { id: string }[]; page: Page };
  /** The documents' values: every id in order, or how many there are. */
  ids: string[] | number;
}

const CASES: Case[] = [
  {
    field: 'Council.meetingsConnection',
    select: `council(id: "nasjonalt-e-helsestyre") {
      plain: meetings { id } page: meetingsConnection(${ARGS}) { ${PAGE} } }`,
    pick: (data) => data.council,
    ids: [
      'nasjonalt-e-helsestyre-2019-03-22',
      'nasjonalt-e-helsestyre-3-19',
      'nasjonalt-e-helsestyre-2022-06-08',
    ],
  },
  {
    field: 'Council.membershipsConnection(activeOn)',
    select: `council(id: "nasjonalt-e-helserad") {
      plain: memberships(activeOn: "2022-09-20") { id }
      page: membershipsConnection(activeOn: "2022-09-20", ${ARGS}) { ${PAGE} } }`,
    pick: (data) => data.council,
    ids: 17,
  },
  {
    field: 'Person.membershipsConnection',
    select: `person(id: "camilla-dunsaed") {
      plain: memberships { id } page: membershipsConnection(${ARGS}) { ${PAGE} } }`,
    pick: (data) => data.person,
    ids: ['nasjonalt-e-helserad:camilla-dunsaed:1', 'nasjonalt-e-helserad:camilla-dunsaed:2'],
  },
  {
    field: 'Person.presentedAgendaItemsConnection',
    select: `person(id: "jon-helge-andersen") {
      plain: presentedAgendaItems { id } page: presentedAgendaItemsConnection(${ARGS}) { ${PAGE} } }`,
    pick: (data) => data.person,
    ids: ['34-22', '35-22', '36-22'],
  },
  {
    field: 'Organisation.membershipsConnection',
    select: `_entities(representations: [{ __typename: "Organisation", id: "helse-sor-ost-rhf" }]) {
      ... on Organisation { plain: memberships { id } page: membershipsConnection(${ARGS}) { ${PAGE} } } }`,
    pick: (data) => data._entities[0],
    ids: [
      'arbeidsgruppe-prosjektstrategi:ole-johan-kvan:1',
      'nasjonalt-e-helserad:rune-simensen:1',
      'nasjonalt-e-helserad:terje-rootwelt:1',
    ],
  },
  {
    field: 'Project.agendaItemsConnection',
    select: `_entities(representations: [{ __typename: "Project", id: "100" }]) {
      ... on Project { plain: agendaItems { id } page: agendaItemsConnection(${ARGS}) { ${PAGE} } } }`,
    pick: (data) => data._entities[0],
    ids: ['arena-2019-10-24-4'],
  },
];

describe.each(BACKENDS)('connections beside the plain lists on %s', (backend) => {
  let harness: Harness;
  const run = async (source: string, variables?: Record<string, unknown>) =>
    (await harness.run(source, variables)).data;
  const execute = async (source: string, variables?: Record<string, unknown>) =>
    (await harness.execute(source, variables)).result;

  beforeAll(async () => {
    harness = await openHarness(
      governanceSubgraph,
      await testConfig(backend, 'governance_connections'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  const pageOf = async (select: string, pick: Case['pick'], args: Record<string, unknown>) =>
    pick(await run(`query${VARIABLES} { ${select} }`, args));

  /** Every page of one item, forwards (first/after) and backwards (last/before). */
  async function walk({ select, pick }: Case) {
    const { plain } = await pageOf(select, pick, {});
    const forwards: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { page }: { page: Page } = await pageOf(select, pick, { first: 1, after });
      expect(page.totalCount).toBe(plain.length);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null && page.edges.length > 0);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      forwards.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const backwards: string[] = [];
    let before: string | null = null;
    for (;;) {
      const { page }: { page: Page } = await pageOf(select, pick, { last: 1, before });
      expect(page.totalCount).toBe(plain.length);
      expect(page.pageInfo.hasNextPage).toBe(before !== null && page.edges.length > 0);
      backwards.unshift(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    return { plain: plain.map((item) => item.id), forwards, backwards };
  }

  it.each(CASES)(
    '$field pages forwards and backwards through what the plain list holds',
    async (c) => {
      const { plain, forwards, backwards } = await walk(c);
      expect(forwards).toEqual(plain);
      expect(backwards).toEqual(plain);
      if (typeof c.ids === 'number') expect(plain).toHaveLength(c.ids);
      else expect(plain).toEqual(c.ids);
    },
  );

  it('pages the 19 members of Nasjonalt e-helseråd on 2022-09-21 from either end', async () => {
    const MEMBERS = `query${VARIABLES} { council(id: "nasjonalt-e-helserad") {
      page: membershipsConnection(activeOn: "2022-09-21", ${ARGS}) {
        ${PAGE.replace('node { id }', 'node { id role person { name } }')} } } }`;
    const first = (await run(MEMBERS, { first: 5 })).council.page;
    expect(first.totalCount).toBe(19);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.edges[0].node).toEqual({
      id: 'nasjonalt-e-helserad:rune-simensen:1',
      role: 'LEADER',
      person: { name: 'Rune Simensen' },
    });
    const last = (await run(MEMBERS, { last: 4 })).council.page;
    expect(last.edges).toHaveLength(4);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const rest = (await run(MEMBERS, { last: 10, before: last.pageInfo.startCursor })).council.page;
    expect(rest.edges).toHaveLength(10);
    expect(rest.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const middle = (await run(MEMBERS, { first: 10, after: first.pageInfo.endCursor })).council
      .page;
    expect(middle.edges.map((e: any) => e.node.id)).toEqual(rest.edges.map((e: any) => e.node.id));
    const everyone = (await run(MEMBERS, { first: 100 })).council.page;
    expect(everyone.edges).toHaveLength(19);
    const all = (
      await run(`{ council(id: "nasjonalt-e-helserad") {
      membershipsConnection { totalCount } memberships { id } } }`)
    ).council;
    expect(all.membershipsConnection.totalCount).toBe(25);
    expect(all.memberships).toHaveLength(25);
  });

  it('pages the root connections backwards too: meetings and people', async () => {
    const MEETINGS = `query${VARIABLES} { meetings(${ARGS}) { ${PAGE} } }`;
    const last = (await run(MEETINGS, { last: 2 })).meetings;
    expect(last.totalCount).toBe(11);
    expect(last.edges.map((e: any) => e.node.id)).toEqual([
      'nuit-2022-11-17',
      'nasjonalt-e-helserad-2022-12-02',
    ]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const earlier = (await run(MEETINGS, { last: 2, before: last.pageInfo.startCursor })).meetings;
    expect(earlier.edges.map((e: any) => e.node.id)).toEqual([
      'nasjonalt-e-helserad-5-22',
      'nufa-2022-10-26',
    ]);
    expect(earlier.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const PEOPLE = `query${VARIABLES} { people(${ARGS}) { totalCount pageInfo { hasPreviousPage startCursor } edges { node { name } } } }`;
    const lastPeople = (await run(PEOPLE, { last: 29 })).people;
    const firstPeople = (await run(PEOPLE, { first: 20 })).people;
    expect(lastPeople.totalCount).toBe(49);
    expect(lastPeople.edges).toHaveLength(29);
    const beforeThem = (await run(PEOPLE, { last: 20, before: lastPeople.pageInfo.startCursor }))
      .people;
    expect(beforeThem.edges).toEqual(firstPeople.edges);
    expect(beforeThem.edges[0].node.name).toBe('Aase Synnøve Hobbesland');
    expect(beforeThem.pageInfo.hasPreviousPage).toBe(false);
  });

  it('gives the bounded lists and the new ids: substitutes, milestones, planned meetings', async () => {
    const { meeting } = await run(`{ meeting(id: "nasjonalt-e-helserad-5-22") {
      substitutes { id person { id } } } }`);
    expect(meeting.substitutes).toEqual([
      { id: 'nasjonalt-e-helserad-5-22:trond-stenvik', person: { id: 'trond-stenvik' } },
      { id: 'nasjonalt-e-helserad-5-22:kai-oivind-brenden', person: { id: 'kai-oivind-brenden' } },
    ]);
    const { aksonMilestonePlan: plan } = await run(`{ aksonMilestonePlan {
      milestones { id code bodyMeetings { id } }
      bodyMeetings { id milestones { id } } } }`);
    expect(plan.milestones.map((m: any) => m.id)).toEqual(
      ['MP1', 'MP2', 'MP3', 'MP4', 'MP5', 'MP6', 'MP7', 'MP8', 'MP9'].map(
        (code) => `akson:${code}`,
      ),
    );
    expect(plan.bodyMeetings).toHaveLength(20);
    expect(plan.bodyMeetings[0].id).toBe('akson:akson-prosjektstyre:2019-05-22');
    expect(new Set(plan.bodyMeetings.map((m: any) => m.id)).size).toBe(20);
    // The same planned meeting has the same id wherever it is reached.
    const planned = new Set(plan.bodyMeetings.map((m: any) => m.id));
    const viaMilestones = plan.milestones.flatMap((m: any) => m.bodyMeetings.map((b: any) => b.id));
    expect(viaMilestones.length).toBeGreaterThan(0);
    expect(viaMilestones.filter((id: string) => !planned.has(id))).toEqual([]);
  });

  it('follows the error rule: a missing read target is null, a bad cursor is bad input', async () => {
    const missing = await run(`{
      council(id: "nope") { id } meeting(id: "nope") { id }
      agendaItem(id: "nope") { id } person(id: "nope") { id }
    }`);
    expect(missing).toEqual({ council: null, meeting: null, agendaItem: null, person: null });
    const entities = await run(`{ _entities(representations: [
      { __typename: "Meeting", id: "nope" }, { __typename: "Council", id: "nope" }
    ]) { __typename } }`);
    expect(entities._entities).toEqual([null, null]);
    const cursor = await execute(
      `{ council(id: "nuit") { meetingsConnection(after: "nope") { totalCount } } }`,
    );
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const both = await execute(`{ person(id: "rune-simensen") {
      presentedAgendaItemsConnection(first: 1, last: 1) { totalCount } } }`);
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
  });
});
