import { Arg, Args, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import {
  isId,
  CONNECTION_LIST_SIZE,
  PageArgs,
  listAndConnection,
  listSize,
  type Context,
} from '@ehelse/shared/graphql';
import { Project } from '../project/project.entity';
import { projectsByOrganisation } from '../project/project.loaders';
import { ProjectConnection } from '../project/project.types';
import { ORGANISATIONS_SIZE, Organisation } from './organisation.entity';
import { organisationById } from './organisation.loaders';
import { organisationsPage } from './organisation.queries';
import { OrganisationConnection } from './organisation.types';

/** The projects an organisation is responsible for, by portfolio id: one statement for all parents. */
const projectsOf = ({ loaders }: Context, organisation: Organisation) =>
  loaders.of(projectsByOrganisation).load(organisation.id);

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, {
    nullable: true,
    description: 'One organisation (virksomhet) by its slug; null when none has it.',
  })
  organisation(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    // An id no organisation can have is answered like a missing one, without a query.
    return isId('slug', id) ? loaders.of(organisationById).load(id) : null;
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
  organisationsConnection(@Args() pageArgs: PageArgs, @Ctx() context: Context) {
    return organisationsPage(context, pageArgs);
  }
}

export const OrganisationProjectsResolver = listAndConnection({
  root: () => Organisation,
  name: 'responsibleFor',
  list: {
    type: () => Project,
    description: 'Projects the organisation is responsible for (ansvarlig virksomhet), by id.',
    deprecationReason: 'Use responsibleForConnection, which pages and counts.',
    // The most any organisation has today is 15 (Helsedirektoratet).
    listSize: 30,
  },
  connection: {
    type: () => ProjectConnection,
    description:
      'Projects the organisation is responsible for (ansvarlig virksomhet), by id, paged (Relay).',
  },
  load: (organisation, context) => projectsOf(context, organisation),
});
