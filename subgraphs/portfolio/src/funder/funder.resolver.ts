import { Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import { Organisation } from '../organisation/organisation.entity';
import { organisationById } from '../organisation/organisation.loaders';
import { FUNDERS_SIZE, Funder } from './funder.entity';

@Resolver(() => Funder)
export class FunderResolver {
  @Query(() => [Funder], {
    description: 'The funder columns of the cost distribution, in table order.',
  })
  @listSize(FUNDERS_SIZE)
  funders(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(Funder).find({ order: { position: 'ASC' } });
  }

  @FieldResolver(() => ID, {
    description: 'The column code again, e.g. "RHF": an id a client cache normalises by.',
  })
  id(@Root() funder: Funder) {
    return funder.code;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation behind the column; null for groups such as "RHF" or "Andre".',
  })
  organisation(@Root() funder: Funder, @Ctx() { loaders }: Context) {
    return funder.organisationId ? loaders.of(organisationById).load(funder.organisationId) : null;
  }
}
