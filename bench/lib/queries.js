'use strict';
// The queries measured: one subgraph's list, and the cross-domain dashboard (twice ordered);
// and those our gateway and Hive Gateway are compared on (COMPARED).

const QUERIES = {
  single: `{ projects(first: 50) { totalCount edges { node { id name status responsibleOrganisation { name } budget(year: 2019) { amount } } } } }`,
  dashboard: `{ portfolioSummary(year: 2019) { netBudget byFunder { funder { code } amount } } projects(first: 20) { edges { node { name budget(year: 2019) { amount } agendaItems { number meeting { date council { name } } } measures { code title } } } } resultGoals { code milestones { code status } } }`,
};
// The same dashboard with its page ordered by name: at scale 1 the page holds the documents'
// projects, at larger scales mostly generated ones with their agenda items and tiltak, so the
// statement count is compared over pages that reach very different rows.
QUERIES.dashboardByName = QUERIES.dashboard.replace(
  'projects(first: 20)',
  'projects(first: 20, orderBy: { field: NAME })',
);

// What the two gateways are compared on, as in issue 15's table: a list from one subgraph with
// its nested rows, one entity across the three subgraphs, and the cross-domain page.
QUERIES.list50 = `{ projects(first: 50) { totalCount edges { node { id name status responsibleOrganisation { name } budget(year: 2019) { amount costShares { funder { code } amount } } } } } }`;
QUERIES.oneProject = `{ project(id: "107") { id name budget(year: 2019) { amount } agendaItems { number meeting { number date council { name } } } measures { code title } } }`;
const COMPARED = [
  ['list50', '`projects(first: 50)` with organisation, budget, cost shares'],
  ['oneProject', 'one project across the three subgraphs'],
  ['dashboard', 'dashboard: a page of 20 projects with agenda items and tiltak'],
];

module.exports = { QUERIES, COMPARED };
