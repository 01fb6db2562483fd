import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { publicData, validate, type Context } from '@ehelse/shared/graphql';
import { exportPortfolioTable } from './portfolio-export';

@Resolver()
export class PortfolioTableResolver {
  @Query(() => String, {
    description:
      'The portfolio table of a year as CSV (semicolon-separated), in the layout the import reads.',
  })
  @publicData()
  portfolioCsv(@Arg('year', () => Int) year: number, @Ctx() { dataSource }: Context) {
    validate.year('year', year);
    return exportPortfolioTable(dataSource, year);
  }
}
