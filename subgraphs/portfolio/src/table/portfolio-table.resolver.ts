import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole, validate, type Context } from '@ehelse/shared';
import { exportPortfolioTable } from './portfolio-export';
import { importPortfolioTable } from './portfolio-import';
import { PortfolioImport } from './portfolio-import.types';

const MAX_CSV_BYTES = 5_000_000;

@Resolver()
export class PortfolioTableResolver {
  @Mutation(() => PortfolioImport, {
    description:
      'Imports the portfolio table (porteføljeoversikt) as CSV in the documents’ column layout. All rows are validated and all errors reported at once (extensions.rowErrors); then only the rows that differ from what is stored are written, in one transaction. The header’s year ("Budsjett 2019 (MNOK)") must be `year`. A changed status colour is recorded as a status report. Reporters import their own organisation’s projects (other rows are row errors); admins everything.',
  })
  async importPortfolioCsv(
    @Arg('csv') csv: string,
    @Arg('year', () => Int) year: number,
    @Arg('dryRun', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Compare only: return the per-row diff and write nothing.',
    })
    dryRun: boolean | null,
    @Ctx() context: Context,
  ) {
    const caller = requireRole(context.principal, 'reporter', 'admin');
    validate.year('year', year);
    validate.text('csv', csv, MAX_CSV_BYTES, true);
    return importPortfolioTable(context, caller, csv, year, dryRun ?? false);
  }

  @Query(() => String, {
    description:
      'The portfolio table of a year as CSV (semicolon-separated), in the layout the import reads.',
  })
  portfolioCsv(@Arg('year', () => Int) year: number, @Ctx() { dataSource }: Context) {
    validate.year('year', year);
    return exportPortfolioTable(dataSource, year);
  }
}
