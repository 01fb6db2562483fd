import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { type Context } from '@ehelse/shared/graphql';
import { mutation } from '@ehelse/shared/audit';
import { PortfolioImport } from './table.types';
import { importPortfolioCsv, type ImportInput } from './table.writes';

@Resolver()
export class PortfolioTableMutations {
  @Authorized('reporter', 'admin')
  @Mutation(() => PortfolioImport, {
    description:
      'Imports the portfolio table (porteføljeoversikt) as CSV in the documents’ column layout. All rows are validated and all errors reported at once (extensions.rowErrors); then only the rows that differ from what is stored are written, in one transaction. The header’s year ("Budsjett 2019 (MNOK)") must be `year`. A changed status colour is recorded as a status report. Reporters import their own organisation’s projects (other rows are row errors); admins everything.',
  })
  importPortfolioCsv(
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
    // A dry run writes nothing, so it keeps no answer under an Idempotency-Key either.
    const request = dryRun ? { ...context, idempotencyKey: undefined } : context;
    const input: ImportInput = dryRun ? { csv, year, dryRun } : { csv, year };
    return mutation(request, 'importPortfolioCsv', input, importPortfolioCsv);
  }
}
