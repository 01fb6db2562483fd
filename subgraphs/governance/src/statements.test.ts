import type { DataSource } from 'typeorm';
import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { governanceSubgraph } from './main';
import { Membership } from './membership/membership.entity';
import { MembershipRole } from './membership/membership-role';
import { Person } from './person/person.entity';
import { personOf, insertMeetings, type MeetingRow } from './seed';

const MEETINGS_WITH_AGENDA = `{
  meetings(first: 100) {
    totalCount
    edges { node {
      number date council { name parent { name } }
      agenda { number title presenter { name } presenters { name } presenterOrganisation { id } projects { id } meeting { id } }
      substitutes { person { name } standsInFor { name } }
    } }
  }
}`;

const COUNCILS_WITH_MEMBERSHIPS = `{
  councils {
    name parent { name }
    now: memberships(activeOn: "2022-09-21") { role from to person { name title } organisation { id } replaces { role to } }
    all: memberships { role }
    meetings { number }
  }
}`;

const CONTRIBUTED_FIELDS = `query($projects: [_Any!]!) {
  _entities(representations: $projects) {
    ... on Project { agendaItems { number meeting { number } presenter { name } } }
    ... on Organisation { memberships(activeOn: "2022-09-21") { council { name } person { name } } }
  }
}`;

/** The new nested connections, two levels deep, beside the root ones. */
const NESTED_CONNECTIONS = `{
  councils {
    meetingsConnection(last: 3) { totalCount edges { node { number agenda { number } } } }
    membershipsConnection(activeOn: "2022-09-21", first: 5) {
      totalCount
      edges { node { person {
        membershipsConnection(first: 2) { totalCount edges { node { council { id } } } }
        presentedAgendaItemsConnection(last: 2) { totalCount edges { node { number meeting { number } } } }
      } } }
    }
  }
}`;

/** A root connection whose nodes page their own nested connections. */
const PEOPLE_WITH_CONNECTIONS = `{
  people(first: 100) { edges { node {
    membershipsConnection { totalCount edges { node { role } } }
    presentedAgendaItemsConnection(first: 3) { totalCount pageInfo { hasNextPage } }
  } } }
}`;

const CONTRIBUTED_CONNECTIONS = `query($projects: [_Any!]!) {
  _entities(representations: $projects) {
    ... on Project { agendaItemsConnection(first: 5) { totalCount edges { node { number meeting { number } presenter { name } } } } }
    ... on Organisation { membershipsConnection(activeOn: "2022-09-21", last: 5) { totalCount edges { node { council { name } person { name } } } } }
  }
}`;

const GENERATED_MEETINGS = 40;
const ITEMS_PER_MEETING = 6;
const GENERATED_PEOPLE = 60;

/** Extra meetings, agenda items, presenters, project links and substitutes on top of the documents. */
function generatedMeetings(): MeetingRow[] {
  return Array.from({ length: GENERATED_MEETINGS }, (_, m) => ({
    id: `generated-${m}`,
    councilId: m % 2 ? 'nasjonalt-e-helserad' : 'nuit',
    number: `${m}/30`,
    date: `2030-${String((m % 12) + 1).padStart(2, '0')}-${String((m % 28) + 1).padStart(2, '0')}`,
    location: 'Oslo',
    note: null,
    substitutes: [
      {
        personId: 'trond-stenvik',
        forPersonId: 'kjell-wolff',
        organisationId: 'overhalla-kommune',
      },
    ],
    agenda: Array.from({ length: ITEMS_PER_MEETING }, (_, i) => ({
      id: `generated-${m}-${i}`,
      number: `${m * ITEMS_PER_MEETING + i}/30`,
      title: `Generert sak ${i}`,
      kind: 'DISCUSSION',
      kindLabel: 'Drøfting',
      presenterPersonId: 'rune-simensen',
      additionalPresenterPersonIds: ['mariann-hornnes'],
      presenterOrganisationId: 'helse-sor-ost-rhf',
      startsAt: '10:00',
      endsAt: null,
      durationMinutes: 15,
      proposedDecision: null,
      decision: null,
      projectIds: ['107', String(100 + i)],
      note: null,
    })),
  })) as MeetingRow[];
}

async function insertGeneratedRows(dataSource: DataSource) {
  await dataSource.transaction(async (manager) => {
    await insertMeetings(manager, generatedMeetings());
    const people = Array.from({ length: GENERATED_PEOPLE }, (_, p) =>
      personOf({ id: `generated-${p}`, name: `Generert Person ${p}`, title: null }),
    );
    await manager.insert(Person, people);
    await manager.insert(
      Membership,
      people.map((person, p) => ({
        id: `generated:${person.id}:1`,
        councilId: ['nasjonalt-e-helserad', 'nuit', 'nufa', 'ks-ikt'][p % 4],
        personId: person.id,
        organisationId: 'helse-sor-ost-rhf',
        role: MembershipRole.MEMBER,
        from: '2022-01-01',
        to: null,
        replacesMembershipId: 'nasjonalt-e-helserad:terje-rootwelt:1',
        position: 100 + p,
        note: null,
      })),
    );
  });
}

describe.each(BACKENDS)('SQL statements per query on %s', (backend) => {
  let harness: Harness;
  const measure = (source: string, variableValues?: Record<string, unknown>) =>
    harness.run(source, variableValues);
  const entities = {
    projects: [
      ...['107', '100', '101', '102', '179'].map((id) => ({ __typename: 'Project', id })),
      ...['helse-sor-ost-rhf', 'ks', 'overhalla-kommune'].map((id) => ({
        __typename: 'Organisation',
        id,
      })),
    ],
  };

  beforeAll(async () => {
    harness = await openHarness(
      governanceSubgraph,
      await testConfig(backend, 'governance_statements'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  it('does not grow with the number of meetings, agenda items, presenters or memberships', async () => {
    const meetingsBefore = await measure(MEETINGS_WITH_AGENDA);
    const councilsBefore = await measure(COUNCILS_WITH_MEMBERSHIPS);
    const contributedBefore = await measure(CONTRIBUTED_FIELDS, entities);
    const nestedBefore = await measure(NESTED_CONNECTIONS);
    const peopleBefore = await measure(PEOPLE_WITH_CONNECTIONS);
    const contributedConnectionsBefore = await measure(CONTRIBUTED_CONNECTIONS, entities);
    expect(meetingsBefore.data.meetings.totalCount).toBe(11);

    await insertGeneratedRows(harness.dataSource);

    const meetingsAfter = await measure(MEETINGS_WITH_AGENDA);
    const councilsAfter = await measure(COUNCILS_WITH_MEMBERSHIPS);
    const contributedAfter = await measure(CONTRIBUTED_FIELDS, entities);
    const nestedAfter = await measure(NESTED_CONNECTIONS);
    const peopleAfter = await measure(PEOPLE_WITH_CONNECTIONS);
    const contributedConnectionsAfter = await measure(CONTRIBUTED_CONNECTIONS, entities);
    expect(meetingsAfter.data.meetings.totalCount).toBe(11 + GENERATED_MEETINGS);
    const items = meetingsAfter.data.meetings.edges.flatMap((e: any) => e.node.agenda);
    expect(items).toHaveLength(25 + GENERATED_MEETINGS * ITEMS_PER_MEETING);
    const nuit = councilsAfter.data.councils.find((c: any) => c.name === 'Prioriteringsutvalg');
    expect(nuit.now).toHaveLength(GENERATED_PEOPLE / 4);
    expect(contributedAfter.data._entities[0].agendaItems).toHaveLength(
      1 + GENERATED_MEETINGS * ITEMS_PER_MEETING,
    );

    // page, count, councils (parents come from the loader's cache), agenda, presenters, projects,
    // substitutes, their people, agenda item → meeting
    expect(meetingsBefore.statements).toBe(9);
    expect(meetingsAfter.statements).toBe(meetingsBefore.statements);
    // councils, parents, memberships on the date, all memberships, meetings, people, replaced memberships
    expect(councilsBefore.statements).toBe(7);
    expect(councilsAfter.statements).toBe(councilsBefore.statements);
    // agenda items by project, memberships by organisation, meetings, presenters, councils, people
    expect(contributedBefore.statements).toBe(6);
    expect(contributedAfter.statements).toBe(contributedBefore.statements);

    // The connections page what one statement per relation loaded, whatever the size.
    const helseradetBefore = nestedBefore.data.councils.find(
      (c: any) => c.membershipsConnection.totalCount === 19,
    );
    expect(helseradetBefore.meetingsConnection.edges.map((e: any) => e.node.number)).toEqual([
      '5/22',
      null,
    ]);
    const helseradet = nestedAfter.data.councils.find(
      (c: any) => c.membershipsConnection.totalCount === 19 + GENERATED_PEOPLE / 4,
    );
    expect(helseradet.meetingsConnection.totalCount).toBe(2 + GENERATED_MEETINGS / 2);
    expect(helseradet.meetingsConnection.edges).toHaveLength(3);
    const rune = helseradet.membershipsConnection.edges[0].node.person;
    expect(rune.presentedAgendaItemsConnection.totalCount).toBe(
      3 + GENERATED_MEETINGS * ITEMS_PER_MEETING,
    );
    expect(rune.presentedAgendaItemsConnection.edges).toHaveLength(2);
    expect(peopleAfter.data.people.edges).toHaveLength(100);
    const project107 = (data: any) => data._entities[0].agendaItemsConnection;
    expect(project107(contributedConnectionsBefore.data).totalCount).toBe(1);
    expect(project107(contributedConnectionsAfter.data).totalCount).toBe(
      1 + GENERATED_MEETINGS * ITEMS_PER_MEETING,
    );
    expect(project107(contributedConnectionsAfter.data).edges).toHaveLength(5);

    // councils, their meetings, agenda, memberships on the date, people, the people's
    // memberships, the councils of those, presented items (with their items), their meetings
    expect(nestedBefore.statements).toBe(9);
    expect(nestedAfter.statements).toBe(nestedBefore.statements);
    // count, page, the people's memberships, presented items
    expect(peopleBefore.statements).toBe(4);
    expect(peopleAfter.statements).toBe(peopleBefore.statements);
    // agenda items by project, memberships by organisation, meetings, presenters, councils, people
    expect(contributedConnectionsBefore.statements).toBe(6);
    expect(contributedConnectionsAfter.statements).toBe(contributedConnectionsBefore.statements);
  });
});
