import {
  Arg,
  Args,
  Ctx,
  Directive,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  isId,
  CONNECTION_LIST_SIZE,
  PageArgs,
  connectionFromQuery,
  listSize,
  type Context,
} from '@ehelse/shared';
import { FocusArea } from '../focus-area/focus-area.entity';
import { focusAreaByCode } from '../focus-area/focus-area.resolver';
import { Organisation } from '../organisation/organisation.entity';
import { organisationById } from '../organisation/organisation.resolver';
import { ProjectBudget } from './project-budget.entity';
import { ProjectConnection } from './project-connection';
import { checkProjectFilter } from './project-filter-check';
import { ProjectFilter, ProjectOrder, filteredProjects, orderProjects } from './project-query';
import { Project } from './project.entity';

export { ProjectConnection };

export const projectById = (context: Context, id: string) =>
  context.loaders.one(Project, 'id').load(id);

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, {
    nullable: true,
    description: 'One project by its portfolio id, e.g. "107"; null when none has it.',
  })
  project(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    // An id no project can have is answered like a missing one, without a query.
    return isId('project', id) ? projectById(context, id) : null;
  }

  @Query(() => ProjectConnection, {
    description:
      'Projects of the portfolio, filtered, ordered and paged (Relay); an unknown id in the filter is BAD_USER_INPUT.',
  })
  @Directive(CONNECTION_LIST_SIZE)
  async projects(
    @Args() pageArgs: PageArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | undefined,
    @Arg('orderBy', () => ProjectOrder, { nullable: true }) orderBy: ProjectOrder | undefined,
    @Ctx() context: Context,
  ) {
    await checkProjectFilter(context, filter);
    return connectionFromQuery(pageArgs, () =>
      orderProjects(filteredProjects(context.dataSource, filter), orderBy),
    );
  }

  @FieldResolver(() => Organisation, {
    description: 'Responsible organisation (ansvarlig virksomhet).',
  })
  responsibleOrganisation(@Root() project: Project, @Ctx() context: Context) {
    return organisationById(context, project.responsibleOrganisationId);
  }

  @FieldResolver(() => FocusArea, { description: 'The innsatsområde the project belongs to.' })
  focusArea(@Root() project: Project, @Ctx() context: Context) {
    return focusAreaByCode(context, project.focusAreaCode);
  }

  @FieldResolver(() => ProjectBudget, {
    nullable: true,
    description: 'Budget for one year (budsjett), null when the project has none.',
  })
  async budget(
    @Root() project: Project,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders }: Context,
  ) {
    const [budget] = await loaders
      .many(ProjectBudget, 'projectId', { where: { year } })
      .load(project.id);
    return budget ?? null;
  }

  @FieldResolver(() => [ProjectBudget], { description: 'All yearly budgets, oldest first.' })
  // One per budget year: the documents give one each, so 5 leaves room for the years to come.
  @listSize(5)
  budgets(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.many(ProjectBudget, 'projectId', { order: { year: 'ASC' } }).load(project.id);
  }
}
