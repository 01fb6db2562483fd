'use strict';
// The queries measured: one subgraph's list, and the cross-domain dashboard (twice ordered).

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

module.exports = { QUERIES };
