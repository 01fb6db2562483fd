import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '@ehelse/shared';
import { Organisation } from '../organisation/organisation.entity';
import { organisationById } from '../organisation/organisation.resolver';
import { Funder } from './funder.entity';

export const funderByCode = (context: Context, code: string) =>
  context.loaders.one(Funder, 'code').load(code);

@Resolver(() => Funder)
export class FunderResolver {
  @Query(() => [Funder], {
    description: 'The funder columns of the cost distribution, in table order.',
  })
  funders(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(Funder).find({ order: { position: 'ASC' } });
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation behind the column; null for groups such as "RHF" or "Andre".',
  })
  organisation(@Root() funder: Funder, @Ctx() context: Context) {
    return funder.organisationId ? organisationById(context, funder.organisationId) : null;
  }
}
