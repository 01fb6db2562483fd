/** The guide's viewer query: who the token names and what it may report on. */
export const VIEWER = `query($first: Int, $after: String) {
  viewer {
    subject
    role
    organisation { id name }
    reportableProjects(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name version statusReportsConnection(first: 1) { edges { node { id status year } } } } }
    }
  }
}`;
