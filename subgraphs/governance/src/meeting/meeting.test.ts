import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { governanceSubgraph } from '../main';

const AGENDA = `query Agenda($id: ID!) {
  meeting(id: $id) {
    number date location council { name }
    agenda { number title kind kindLabel startsAt durationMinutes presenter { name } meeting { number } }
    substitutes { person { name } standsInFor { name } organisation { id } }
  }
}`;

describe.each(BACKENDS)('meetings and agenda items on %s', (backend) => {
  let harness: Harness;
  const run = async (source: string, variableValues?: Record<string, unknown>) =>
    (await harness.run(source, variableValues)).data;
  const execute = async (source: string, variableValues?: Record<string, unknown>) =>
    (await harness.execute(source, variableValues)).result;
  beforeAll(async () => {
    harness = await openHarness(
      governanceSubgraph,
      await testConfig(backend, 'governance_meeting'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  it('gives the agenda of 5/22, 30/22 to 37/22 in order, with presenters, start times and substitutes', async () => {
    const { meeting } = await run(AGENDA, { id: 'nasjonalt-e-helserad-5-22' });
    expect(meeting.number).toBe('5/22');
    expect(meeting.date).toBe('2022-09-21');
    expect(meeting.location).toBe('Trondheim');
    expect(meeting.council.name).toBe('Nasjonalt e-helseråd');
    expect(
      meeting.agenda.map((item: any) => [
        item.number,
        item.presenter.name,
        item.startsAt,
        item.kindLabel,
      ]),
    ).toEqual([
      ['30/22', 'Rune Simensen', '10:45', 'Godkjenning'],
      ['31/22', 'Rune Simensen', '10:50', 'Godkjenning'],
      ['32/22', 'Mariann Hornnes', '10:55', 'Orientering'],
      ['33/22', 'Lucie Aunan', '11:15', 'Drøfting'],
      ['34/22', 'Jon Helge Andersen', '12:30', 'Drøfting'],
      ['35/22', 'Jon Helge Andersen', '13:45', 'Anbefaling'],
      ['36/22', 'Jon Helge Andersen', '14:15', 'Drøfting'],
      ['37/22', 'Rune Simensen', '14:45', null],
    ]);
    expect(meeting.agenda[5]).toMatchObject({
      title: 'Tiltak for 2023 for å nå mål i veikart for nasjonale e-helseløsninger',
      kind: 'RECOMMENDATION',
      durationMinutes: null,
      meeting: { number: '5/22' },
    });
    expect(meeting.agenda[7].kind).toBe('OTHER');
    expect(meeting.substitutes).toEqual([
      {
        person: { name: 'Trond Stenvik' },
        standsInFor: { name: 'Kjersti Forbord Jensås' },
        organisation: { id: 'overhalla-kommune' },
      },
      {
        person: { name: 'Kai Øivind Brenden' },
        standsInFor: { name: 'Lill Sverresdatter Larsen' },
        organisation: { id: 'norsk-sykepleierforbund' },
      },
    ]);
  });

  it('gives the agenda of 3/19, 17/19 to 25/19, with start times and durations', async () => {
    const { meeting } = await run(AGENDA, { id: 'nasjonalt-e-helsestyre-3-19' });
    expect(meeting).toMatchObject({
      number: '3/19',
      date: '2019-06-19',
      location: null,
      council: { name: 'Nasjonalt e-helsestyre' },
    });
    expect(
      meeting.agenda.map((item: any) => [
        item.number,
        item.startsAt,
        item.durationMinutes,
        item.kind,
      ]),
    ).toEqual([
      ['17/19', '10:00', 2, 'APPROVAL'],
      ['18/19', '10:02', 3, 'APPROVAL'],
      ['19/19', '10:05', 10, 'INFORMATION'],
      ['20/19', '10:15', 90, 'STEERING_GROUP_MEETING'],
      ['21/19', '12:15', 30, 'DISCUSSION'],
      ['22/19', '12:45', 40, 'DISCUSSION'],
      ['23/19', '13:35', 30, 'INFORMATION'],
      ['24/19', '14:05', 20, 'INFORMATION'],
      ['25/19', '14:25', 5, 'OTHER'],
    ]);
    expect(meeting.substitutes).toEqual([]);
    const { agendaItem } = await run(
      `{ agendaItem(id: "20-19") { title kindLabel endsAt proposedDecision decision presenters { name } } }`,
    );
    expect(agendaItem).toEqual({
      title: 'Akson',
      kindLabel: 'Styringsgruppemøte',
      endsAt: '11:45',
      proposedDecision:
        '20/19-1: Nasjonalt e-helsestyre stiller seg bak plan for og organisering av forprosjektet.\n' +
        '20/19-2: Prosjektet tar med seg innspill fra møtet til ansvarsmodeller og evalueringskriterier.',
      decision: null,
      presenters: [],
    });
  });

  it('keeps both presenters of a shared item and the decisions of the partial 2022 meetings', async () => {
    const { agendaItem } = await run(`{ agendaItem(id: "arena-2019-10-24-4") {
      number presenter { name } presenters { name } presenterOrganisation { id } projects { id } meeting { number date }
    } }`);
    expect(agendaItem).toEqual({
      number: null,
      presenter: { name: 'Ellen Wennevold' },
      presenters: [{ name: 'Ellen Wennevold' }, { name: 'Haakon Kullmann' }],
      presenterOrganisation: { id: 'direktoratet-for-e-helse' },
      projects: [{ id: '100' }],
      meeting: { number: null, date: '2019-10-24' },
    });
    const { agendaItem: costs } = await run(
      `{ agendaItem(id: "25-22") { decision meeting { council { id } } } }`,
    );
    expect(costs.decision).toMatch(
      /^Nasjonalt e-helsestyre støtter at Direktoratet for e-helse fremmer anbefalingen/,
    );
    expect(costs.meeting.council.id).toBe('nasjonalt-e-helsestyre');
  });

  it('pages meetings oldest first, by body and date range', async () => {
    const all = await run(`{ meetings { totalCount edges { node { id } } } }`);
    expect(all.meetings.edges.map((e: any) => e.node.id)).toEqual([
      'nuit-2018-11-21',
      'nasjonalt-e-helsestyre-2019-03-22',
      'nuit-2019-05-27',
      'nasjonalt-e-helsestyre-3-19',
      'nasjonal-arena-for-fag-og-interesseorganisasjoner-2019-10-24',
      'nasjonalt-e-helsestyre-2022-06-08',
      'nuit-2022-09-14',
      'nasjonalt-e-helserad-5-22',
      'nufa-2022-10-26',
      'nuit-2022-11-17',
      'nasjonalt-e-helserad-2022-12-02',
    ]);
    const board = await run(
      `{ meetings(councilId: "nasjonalt-e-helsestyre", from: "2020-01-01") { totalCount edges { node { date } } } }`,
    );
    expect(board.meetings).toEqual({ totalCount: 1, edges: [{ node: { date: '2022-06-08' } }] });
    const page = await run(
      `{ meetings(first: 2, from: "2019-06-19", to: "2022-09-14") { totalCount pageInfo { hasNextPage } edges { node { id } } } }`,
    );
    expect(page.meetings.totalCount).toBe(4);
    expect(page.meetings.pageInfo.hasNextPage).toBe(true);
    const { council } = await run(
      `{ council(id: "nasjonalt-e-helsestyre") { meetings { number date } } }`,
    );
    expect(council.meetings).toEqual([
      { number: null, date: '2019-03-22' },
      { number: '3/19', date: '2019-06-19' },
      { number: null, date: '2022-06-08' },
    ]);
  });

  it('rejects bad arguments with codes', async () => {
    const reversed = await execute(
      `{ meetings(from: "2022-01-01", to: "2021-01-01") { totalCount } }`,
    );
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    // An unknown id in a filter argument is the caller's mistake, named by the argument.
    const unknown = await execute(`{ meetings(councilId: "nope") { totalCount } }`);
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'councilId',
    });
    const tooMany = await execute(`{ meetings(first: 1000) { totalCount } }`);
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });

  it('contributes Project.agendaItems: where project 107 was discussed', async () => {
    const data = await run(`{
      _entities(representations: [{ __typename: "Project", id: "107" }, { __typename: "Project", id: "179" }, { __typename: "Project", id: "1" }]) {
        ... on Project { id agendaItems { number title meeting { number date council { name } } } }
      }
    }`);
    expect(data._entities).toEqual([
      {
        id: '107',
        agendaItems: [
          {
            number: '23/19',
            title: 'Helsedataprogrammet',
            meeting: {
              number: '3/19',
              date: '2019-06-19',
              council: { name: 'Nasjonalt e-helsestyre' },
            },
          },
        ],
      },
      {
        id: '179',
        agendaItems: [
          {
            number: '32/22',
            title: 'Orientering fra Direktoratet for e-helse',
            meeting: {
              number: '5/22',
              date: '2022-09-21',
              council: { name: 'Nasjonalt e-helseråd' },
            },
          },
        ],
      },
      { id: '1', agendaItems: [] },
    ]);
  });

  it('resolves its own entities by key', async () => {
    const data = await run(`{
      _entities(representations: [
        { __typename: "Meeting", id: "nasjonalt-e-helserad-5-22" },
        { __typename: "AgendaItem", id: "30-22" },
        { __typename: "Council", id: "nuit" }
      ]) {
        ... on Meeting { number }
        ... on AgendaItem { title }
        ... on Council { abbreviation }
      }
    }`);
    expect(data._entities).toEqual([
      { number: '5/22' },
      { title: 'Godkjenning av innkalling og dagsorden' },
      { abbreviation: 'NUIT' },
    ]);
  });

  it('lists what a person presented', async () => {
    const { person } = await run(
      `{ person(id: "jon-helge-andersen") { presentedAgendaItems { number } } }`,
    );
    expect(person.presentedAgendaItems).toEqual([
      { number: '34/22' },
      { number: '35/22' },
      { number: '36/22' },
    ]);
  });
});
