/** A saved query in the playground's Examples panel; the first one is also the first tab. */
export interface Example {
  title: string;
  /** Which subgraphs the query touches, shown under the title. */
  domains: string;
  query: string;
  variables?: string;
}

export const examples: Example[] = [
  {
    title: 'Project 107 across the domains',
    domains: 'portfolio · governance · architecture',
    query: `# One project across all three subgraphs:
# budget (portfolio), council agendas
# (governance), roadmap measures (architecture).
query Project107 {
  project(id: "107") {
    id
    name
    phase
    status
    responsibleOrganisation { name }
    budget(year: 2019) {
      amount
      costShares { funder { code } amount }
    }
    agendaItemsConnection(first: 10) {
      totalCount
      edges {
        node {
          number
          title
          meeting { number date council { name } }
        }
      }
    }
    measures {
      code
      title
      resultGoal { code title }
    }
  }
}
`,
  },
  {
    title: 'Portfolio summary 2019',
    domains: 'portfolio',
    query: `# The 2019 portfolio computed from the rows,
# beside the figures printed in the report.
query PortfolioSummary2019 {
  portfolioSummary(year: 2019) {
    projectCount
    grossBudget
    internalTransfers
    netBudget
    byFunder {
      funder { code name }
      amount
      publishedAmount
    }
    byFocusArea {
      focusArea { code name }
      amount
      projectCount
      publishedAmount
    }
    published {
      reportedBudget
      estimatedBudget
      challenges { rank title probability }
    }
  }
}
`,
  },
  {
    title: 'Meeting 5/22 of Nasjonalt e-helseråd',
    domains: 'governance · portfolio',
    query: `# The agenda of meeting 5/22, its presenters,
# and the 2019 budget of the projects concerned.
query Meeting5of22 {
  meeting(id: "nasjonalt-e-helserad-5-22") {
    number
    date
    location
    council { name }
    agenda {
      number
      title
      kind
      startsAt
      presenters { name title }
      presenterOrganisation { name }
      projects {
        id
        name
        budget(year: 2019) { amount }
      }
    }
  }
}
`,
  },
  {
    title: 'Result goals of Felles grunnmur',
    domains: 'architecture · portfolio',
    query: `# The resultatmål of Felles grunnmur; each
# measure (tiltak) with who is responsible
# and which projects implement it.
query ResultGoals {
  resultGoals {
    code
    title
    measures {
      code
      title
      responsible { name }
      implementedBy { id name }
    }
  }
}
`,
  },
  {
    title: 'Prioritisation rounds',
    domains: 'architecture',
    query: `# Candidates of each prioritisation round:
# computed score beside the printed one.
query PrioritisationRounds {
  prioritisationRounds {
    id
    title
    meetingDate
    scoreFormula
    candidates {
      name
      title
      score
      printedScore
      scoreMatchesPrinted
      rank
      printedRank
    }
  }
}
`,
  },
  {
    title: 'Council members on a date',
    domains: 'governance · portfolio',
    query: `# Who sat in each council on a date (here the
# day of meeting 5/22; see Variables below).
query CouncilMembers($on: Date = "2022-09-21") {
  councils {
    name
    abbreviation
    membershipsConnection(activeOn: $on, first: 30) {
      totalCount
      edges {
        node {
          role
          from
          fromPrecision
          to
          toPrecision
          person { name title }
          organisation { name }
        }
      }
    }
  }
}
`,
    variables: `{ "on": "2022-09-21" }`,
  },
  {
    title: 'Red and yellow projects, paged',
    domains: 'portfolio',
    query: `# Filters, ordering and Relay pagination: for
# the next page, pass endCursor as "after".
query TroubledProjects($after: String) {
  projects(
    first: 10
    after: $after
    filter: { statuses: [RED, YELLOW] }
    orderBy: { field: NAME }
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        name
        status
        responsibleOrganisation { name }
        budget(year: 2019) { amount }
      }
    }
  }
}
`,
  },
  {
    title: 'The documents beyond the tables',
    domains: 'portfolio · governance · architecture',
    query: `# What the slides print besides the tables:
# 2012's actor map and action plan, the Akson
# assessment, a meeting known only as announced.
{
  actorMap {
    groups {
      name
      membershipNote
      actors { printedName organisation { name } }
    }
  }
  actionPlan2013 {
    title
    riskFactors { number text }
    measures { number text }
  }
  aksonAssessment {
    title
    risks { number risk mitigations }
    ownershipModels { number name }
  }
  meeting(id: "nasjonalt-e-helserad-2022-12-02") {
    date
    location
    sourceKind
    mentions { document line text }
  }
}
`,
  },
];
