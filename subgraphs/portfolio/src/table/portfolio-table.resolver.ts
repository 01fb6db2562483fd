import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireRole, validate, valueObject, type Context } from '@ehelse/shared';
import { exportPortfolioTable } from './portfolio-export';
import { importPortfolioTable } from './portfolio-import';

@ObjectType({ description: valueObject('What an import of the portfolio table did.') })
class PortfolioImport {
  @Field(() => Int, { description: 'Budget year imported.' })
  year: number;

  @Field(() => Int, { description: 'Projects added.' })
  created: number;

  @Field(() => Int, {
    description: 'Projects updated (master data, budget and cost distribution for the year).',
  })
  updated: number;
}

const MAX_CSV_BYTES = 5_000_000;

@Resolver()
export class PortfolioTableResolver {
  @Mutation(() => PortfolioImport, {
    description:
      'Imports the portfolio table (porteføljeoversikt) as CSV in the documents’ column layout: all rows are validated, all errors reported at once (extensions.rowErrors), and all rows written or none. Admin only.',
  })
  async importPortfolioCsv(
    @Arg('csv') csv: string,
    @Arg('year', () => Int) year: number,
    @Ctx() context: Context,
  ) {
    const admin = requireRole(context.principal, 'admin');
    validate.year('year', year);
    validate.text('csv', csv, MAX_CSV_BYTES, true);
    return importPortfolioTable(context, admin, csv, year);
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
