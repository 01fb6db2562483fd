import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  isId,
  CONNECTION_LIST_SIZE,
  ConnectionType,
  PageArgs,
  connectionFromList,
  connectionFromQuery,
  listSize,
  valueObject,
  type Context,
} from '@ehelse/shared';
import { Project } from '../project/project.entity';
import { ProjectConnection } from '../project/project-connection';
import { Organisation } from './organisation.entity';

export const OrganisationConnection = ConnectionType(
  'Organisation',
  Organisation,
  valueObject('A page of organisations (virksomheter), by name.'),
);

/** The organisation registry grows; the documents name 59 today. */
export const ORGANISATIONS_SIZE = 120;

export const organisationById = (context: Context, id: string) =>
  context.loaders.one(Organisation, 'id').load(id);

/** The projects an organisation is responsible for, by portfolio id: one statement for all parents. */
const projectsOf = ({ loaders }: Context, organisation: Organisation) =>
  loaders
    .many(Project, 'responsibleOrganisationId', { order: { id: 'ASC' } })
    .load(organisation.id);

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, {
    nullable: true,
    description: 'One organisation (virksomhet) by its slug; null when none has it.',
  })
  organisation(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    // An id no organisation can have is answered like a missing one, without a query.
    return isId('slug', id) ? organisationById(context, id) : null;
  }

  @Query(() => [Organisation], {
    description: 'Every organisation the documents name, by name.',
    deprecationReason: 'Use organisationsConnection, which pages and counts.',
  })
  @listSize(ORGANISATIONS_SIZE)
  organisations(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(Organisation).find({ order: { name: 'ASC' } });
  }

  @Query(() => OrganisationConnection, {
    description: 'Every organisation the documents name (virksomheter), by name, paged (Relay).',
  })
  @Directive(CONNECTION_LIST_SIZE)
  organisationsConnection(@Args() pageArgs: PageArgs, @Ctx() { dataSource }: Context) {
    return connectionFromQuery(pageArgs, () =>
      dataSource
        .getRepository(Organisation)
        .createQueryBuilder('organisation')
        .orderBy('organisation.name', 'ASC')
        .addOrderBy('organisation.id', 'ASC'),
    );
  }

  @FieldResolver(() => [Project], {
    description: 'Projects the organisation is responsible for (ansvarlig virksomhet), by id.',
    deprecationReason: 'Use responsibleForConnection, which pages and counts.',
  })
  // The most any organisation has today is 15 (Helsedirektoratet).
  @listSize(30)
  responsibleFor(@Root() organisation: Organisation, @Ctx() context: Context) {
    return projectsOf(context, organisation);
  }

  @FieldResolver(() => ProjectConnection, {
    description:
      'Projects the organisation is responsible for (ansvarlig virksomhet), by id, paged (Relay).',
  })
  @Directive(CONNECTION_LIST_SIZE)
  async responsibleForConnection(
    @Root() organisation: Organisation,
    @Args() pageArgs: PageArgs,
    @Ctx() context: Context,
  ) {
    return connectionFromList(await projectsOf(context, organisation), pageArgs);
  }
}
