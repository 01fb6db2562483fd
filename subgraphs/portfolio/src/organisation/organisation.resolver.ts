import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '@ehelse/shared';
import { Project } from '../project/project.entity';
import { Organisation } from './organisation.entity';

export const organisationById = (context: Context, id: string) =>
  context.loaders.one(Organisation, 'id').load(id);

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, {
    nullable: true,
    description: 'One organisation (virksomhet) by its slug.',
  })
  organisation(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return organisationById(context, id);
  }

  @Query(() => [Organisation], { description: 'Every organisation the documents name, by name.' })
  organisations(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(Organisation).find({ order: { name: 'ASC' } });
  }

  @FieldResolver(() => [Project], {
    description: 'Projects the organisation is responsible for (ansvarlig virksomhet).',
  })
  responsibleFor(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return loaders
      .many(Project, 'responsibleOrganisationId', { order: { id: 'ASC' } })
      .load(organisation.id);
  }
}
