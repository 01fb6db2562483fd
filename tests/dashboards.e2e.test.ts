import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BACKENDS, type GraphQLResponse, type Stack, startStack } from '@ehelse/test-kit';

/** The seed data, to compute what the dashboards must show. */
const data = (subgraph: string, file: string) =>
  JSON.parse(readFileSync(path.join(__dirname, '..', 'subgraphs', subgraph, 'data', file), 'utf8'));
const projects: { id: string; responsibleOrganisationId: string; focusAreaCode: string }[] = data(
  'portfolio',
  'projects.json',
);

const COUNCIL_MEETINGS = `query($council: ID!) {
  council(id: $council) {
    name
    meetingsConnection(first: 20) {
      totalCount
      edges { node {
        number date
        agenda { number title projects { id name budget(year: 2019) { amount costShares { amount funder { code name } } } } }
      } }
    }
  }
}`;

const ORGANISATION = `query($id: ID!) {
  organisation(id: $id) {
    name
    responsibleForConnection(first: 50) {
      totalCount
      edges { node { id name measures { code title } agendaItemsConnection(first: 10) { totalCount edges { node { number meeting { number } } } } } }
    }
    responsibleForMeasuresConnection(first: 50) { totalCount edges { node { code title } } }
    membershipsConnection(activeOn: "2022-09-21", first: 50) { totalCount edges { node { role council { name } person { name } } } }
  }
}`;

const ROADMAP = `{
  resultGoals {
    code title
    milestones { code title status }
    measures { code title responsibleOrganisations { id name } implementedBy { id name budget(year: 2019) { amount costShares { amount } } } }
  }
}`;

const FOCUS_AREAS = `{
  focusAreas {
    code name
    priorityGroups { year priority name }
    projectsConnection(first: 50) { totalCount edges { node { id name status budget(year: 2019) { amount } } } }
  }
}`;

/** What Apollo Client sends for the same kind of dashboard: every object with id and __typename, all budget years. */
const COUNCIL_MEETINGS_AS_A_CLIENT_SENDS_IT = `query($council: ID!) {
  council(id: $council) {
    __typename id name
    meetingsConnection(first: 20) {
      __typename totalCount
      edges { __typename node {
        __typename id number date
        agenda { __typename id number title projects { __typename id name
          budgets { __typename id year amount costShares { __typename id amount funder { __typename id code name } } } } }
      } }
    }
  }
}`;

const ROADMAP_AS_A_CLIENT_SENDS_IT = `{
  resultGoals {
    __typename id code title
    milestones { __typename id code title status }
    measures { __typename id code title
      responsibleOrganisations { __typename id name }
      implementedBy { __typename id name budgets { __typename id year amount costShares { __typename id amount funder { __typename id code name } } } } }
  }
}`;

const COUNCILS_MEETINGS_AGENDA = `{ councils { id name meetings { number date agenda { number title startsAt } } } }`;

const noErrors = (response: GraphQLResponse) => {
  expect(response.errors).toBeUndefined();
  return response.data;
};

describe.each(BACKENDS)(
  'dashboards through the gateway with the default limits (%s)',
  (backend) => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack(backend, 'dashboards');
    });
    afterAll(() => stack?.stop());

    it('a council’s meetings with each agenda item’s projects, budgets and cost shares', async () => {
      const response = await stack.query(COUNCIL_MEETINGS, { council: 'nasjonalt-e-helserad' });
      const { council } = noErrors(response);
      const meeting = council.meetingsConnection.edges.find((e: any) => e.node.number === '5/22');
      expect(meeting.node.agenda.map((item: any) => item.number)).toEqual(
        expect.arrayContaining(['30/22', '37/22']),
      );
      expect(response.extensions?.cost.requested).toBeLessThanOrEqual(
        response.extensions?.cost.limit,
      );
    });

    it('an organisation with its projects, their measures and agenda items, its measures and seats on a date', async () => {
      const id = 'direktoratet-for-e-helse';
      const { organisation } = noErrors(await stack.query(ORGANISATION, { id }));
      expect(organisation.responsibleForConnection.totalCount).toBe(
        projects.filter((p) => p.responsibleOrganisationId === id).length,
      );
      expect(organisation.membershipsConnection.totalCount).toBeGreaterThan(0);
      expect(organisation.responsibleForMeasuresConnection.totalCount).toBeGreaterThan(0);
    });

    it('the roadmap with each measure’s responsible organisations and implementing projects with budgets', async () => {
      const { resultGoals } = noErrors(await stack.query(ROADMAP));
      const goals = data('architecture', 'result-goals.json');
      const list = Array.isArray(goals) ? goals : goals.resultGoals;
      expect(resultGoals.map((g: any) => g.code)).toEqual(list.map((g: any) => g.code));
      const measures = resultGoals.flatMap((g: any) => g.measures);
      expect(measures.some((m: any) => m.implementedBy.some((p: any) => p.budget))).toBe(true);
    });

    it('focus areas with their projects and priorities', async () => {
      const { focusAreas } = noErrors(await stack.query(FOCUS_AREAS));
      for (const area of focusAreas) {
        expect(area.projectsConnection.totalCount).toBe(
          projects.filter((p) => p.focusAreaCode === area.code).length,
        );
      }
    });

    it('the same dashboards as Apollo Client sends them (ids, __typename, every budget year)', async () => {
      const council = await stack.query(COUNCIL_MEETINGS_AS_A_CLIENT_SENDS_IT, {
        council: 'nasjonalt-e-helserad',
      });
      expect(noErrors(council).council.meetingsConnection.totalCount).toBeGreaterThan(0);
      const roadmap = noErrors(await stack.query(ROADMAP_AS_A_CLIENT_SENDS_IT));
      expect(roadmap.resultGoals.every((goal: any) => goal.id === goal.code)).toBe(true);
    });

    it('councils { meetings { agenda } }, the plain lists kept for existing clients', async () => {
      const { councils } = noErrors(await stack.query(COUNCILS_MEETINGS_AGENDA));
      const meetings = councils.flatMap((c: any) => c.meetings);
      expect(meetings.find((m: any) => m.number === '3/19').agenda[0].startsAt).toBeTruthy();
    });
  },
);
