import { Args, Ctx, Directive, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CONNECTION_LIST_SIZE, PageArgs, type Context } from '@ehelse/shared/graphql';
import { Organisation } from '../organisation/organisation.entity';
import { organisationById } from '../organisation/organisation.loaders';
import { ProjectConnection } from '../project/project.types';
import { reportableProjectsPage } from './viewer.queries';
import { Viewer, ViewerRole } from './viewer.types';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, {
    nullable: true,
    description:
      'The caller (innlogget klient): identity, role, organisation and the projects it may report on; null without a token (anonymous).',
  })
  viewer(@Ctx() context: Context): Viewer | null {
    const { principal } = context;
    if (!principal) return null;
    return { principal, subject: principal.subject, role: principal.role as ViewerRole };
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description:
      'The organisation the token acts for (virksomhet); null when it names none (an admin or reader may not).',
  })
  organisation(@Root() viewer: Viewer, @Ctx() { loaders }: Context) {
    const id = viewer.principal.organisationId;
    return id ? loaders.of(organisationById).load(id) : null;
  }

  @FieldResolver(() => ProjectConnection, {
    description:
      'The projects the caller may report on (reportProjectStatus, recordFundingTransfer), by portfolio id: an admin every project, a reporter those its organisation is responsible for (ansvarlig virksomhet), a reader none. Ask each for `version` (the expectedVersion of a write) and `statusReportsConnection(first: 1)` (its latest report).',
  })
  @Directive(CONNECTION_LIST_SIZE)
  reportableProjects(@Root() viewer: Viewer, @Args() pageArgs: PageArgs, @Ctx() context: Context) {
    return reportableProjectsPage(context, viewer.principal, pageArgs);
  }
}
