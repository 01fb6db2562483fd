import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import type { Context } from '@ehelse/shared';
import { Meeting } from '../meeting/meeting.entity';
import { Membership } from '../membership/membership.entity';
import { membershipsBy } from '../membership/memberships-by';
import { Council } from './council.entity';

export const councilById = (context: Context, id: string) =>
  context.loaders.one(Council, 'id').load(id);

@Resolver(() => Council)
export class CouncilResolver {
  @Query(() => [Council], {
    description: 'Every governance body in the documents (råd, styre, utvalg, arena), by id.',
  })
  councils(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(Council).find({ order: { id: 'ASC' } });
  }

  @Query(() => Council, {
    nullable: true,
    description: 'One body by id, e.g. "nasjonalt-e-helserad".',
  })
  council(
    @Arg('id', () => ID, { description: 'Council id (slug), e.g. "nuit".' }) id: string,
    @Ctx() context: Context,
  ) {
    return councilById(context, id);
  }

  @FieldResolver(() => Council, {
    nullable: true,
    description:
      'The body this one advises or reports to (overordnet organ), e.g. NUFA → NUIT → Nasjonalt e-helseråd.',
  })
  parent(@Root() council: Council, @Ctx() context: Context) {
    return council.parentId ? councilById(context, council.parentId) : null;
  }

  @FieldResolver(() => [Council], {
    description: 'Bodies that advise or report to this one (underordnede organer), by id.',
  })
  subordinates(@Root() council: Council, @Ctx() { loaders }: Context) {
    return loaders.many(Council, 'parentId', { order: { id: 'ASC' } }).load(council.id);
  }

  @FieldResolver(() => Council, {
    nullable: true,
    description:
      'The body this one replaced (forgjenger), e.g. Nasjonalt e-helsestyre for Nasjonalt e-helseråd.',
  })
  predecessor(@Root() council: Council, @Ctx() context: Context) {
    return council.predecessorId ? councilById(context, council.predecessorId) : null;
  }

  @FieldResolver(() => Council, {
    nullable: true,
    description: 'The body that replaced this one (etterfølger).',
  })
  async successor(@Root() council: Council, @Ctx() { loaders }: Context) {
    const [successor] = await loaders
      .many(Council, 'predecessorId', { order: { id: 'ASC' } })
      .load(council.id);
    return successor ?? null;
  }

  @FieldResolver(() => [Membership], {
    description:
      'Members (medlemmer), leader first: those active on `activeOn` (from and to inclusive), or every membership ever recorded when it is omitted.',
  })
  memberships(
    @Root() council: Council,
    @Arg('activeOn', () => GraphQLDate, {
      nullable: true,
      description: 'Only memberships active on this date.',
    })
    activeOn: Date | undefined,
    @Ctx() context: Context,
  ) {
    return membershipsBy(context, 'councilId', council.id, activeOn);
  }

  @FieldResolver(() => [Meeting], {
    description:
      'Meetings (møter) of the body, oldest first. For paging and date ranges use Query.meetings.',
  })
  meetings(@Root() council: Council, @Ctx() { loaders }: Context) {
    return loaders
      .many(Meeting, 'councilId', { order: { date: 'ASC', id: 'ASC' } })
      .load(council.id);
  }
}
