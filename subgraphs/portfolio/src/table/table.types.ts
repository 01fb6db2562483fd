import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { listSize, valueObject } from '@ehelse/shared/graphql';

enum PortfolioImportOutcome {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(PortfolioImportOutcome, {
  name: 'PortfolioImportOutcome',
  description: 'What an import did (or, in a dry run, would do) with one row of the table.',
  valuesConfig: {
    CREATED: { description: 'A new project (nytt prosjekt).' },
    UPDATED: { description: 'An existing project whose row differs: written, its version bumped.' },
    UNCHANGED: { description: 'The row matches what is stored: nothing written.' },
  },
});

@ObjectType({
  description: valueObject('One row of an imported portfolio table, compared with what is stored.'),
})
class PortfolioImportRow {
  @Field(() => Int, { description: 'Row number as a spreadsheet shows it (the header is row 1).' })
  row: number;

  @Field(() => ID, { description: 'Portfolio id of the row’s project.' })
  projectId: string;

  @Field(() => PortfolioImportOutcome, { description: 'Created, updated or unchanged.' })
  outcome: PortfolioImportOutcome;

  @Field(() => [String], {
    description:
      'The fields that differ from what is stored (name, responsibleOrganisation, leader, phase, priorityCategory, focusArea, status, budget, costShares); every field for a new project, none when unchanged.',
  })
  @listSize(9)
  changedFields: string[];
}

@ObjectType({ description: valueObject('What an import of the portfolio table did.') })
export class PortfolioImport {
  @Field(() => Int, { description: 'Budget year imported.' })
  year: number;

  @Field(() => Int, { description: 'Projects added.' })
  created: number;

  @Field(() => Int, {
    description:
      'Projects updated: rows that differed from what is stored (master data, status, budget or cost distribution for the year).',
  })
  updated: number;

  @Field(() => Int, {
    description: 'Rows that matched what is stored: nothing written, no version moved.',
  })
  unchanged: number;

  @Field(() => Int, {
    description:
      'Status colour changes, each recorded as a status report (statusrapport) by the importing caller.',
  })
  statusReports: number;

  @Field({
    description:
      'True when this was a dry run: the diff is what an import would do; nothing was written.',
  })
  dryRun: boolean;

  @Field(() => [PortfolioImportRow], {
    description: 'Every row of the table, in table order, with what the import did with it.',
  })
  // At most MAX_TABLE_ROWS per request; the CLI sends large tables in parts of 500.
  @listSize(2000)
  rows: PortfolioImportRow[];
}
