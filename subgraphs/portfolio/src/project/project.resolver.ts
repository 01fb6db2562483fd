import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Directive,
  FieldResolver,
  ID,
  Int,
  Mutation,
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
} from '@ehelse/shared/graphql';
import { mutation } from '@ehelse/shared/audit';
import { FocusArea } from '../focus-area/focus-area.entity';
import { focusAreaByCode } from '../focus-area/focus-area.loaders';
import { Organisation } from '../organisation/organisation.entity';
import { organisationById } from '../organisation/organisation.loaders';
import { ProjectBudget } from './project-budget.entity';
import { checkProjectFilter, filteredProjects, orderProjects } from './project-query';
import { Project } from './project.entity';
import { budgetOf, budgetsByProject, projectById } from './project.loaders';
import {
  CreateProjectInput,
  ProjectConnection,
  ProjectFilter,
  ProjectOrder,
  UpdateProjectInput,
} from './project.types';
import { createProject, updateProject } from './project.writes';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, {
    nullable: true,
    description: 'One project by its portfolio id, e.g. "107"; null when none has it.',
  })
  project(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    // An id no project can have is answered like a missing one, without a query.
    return isId('project', id) ? loaders.of(projectById).load(id) : null;
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
    return connectionFromQuery(
      pageArgs,
      () => orderProjects(filteredProjects(context.dataSource, filter), orderBy),
      context.config.maxPageSize,
    );
  }

  @Authorized('reporter', 'admin')
  @Mutation(() => Project, {
    description: 'Adds a project to the portfolio. Reporters only for their own organisation.',
  })
  createProject(
    @Arg('input', () => CreateProjectInput) input: CreateProjectInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'createProject', input, (manager, caller) =>
      createProject(manager, caller, input),
    );
  }

  @Authorized('reporter', 'admin')
  @Mutation(() => Project, {
    description: 'Changes a project’s master data, with optimistic concurrency.',
  })
  updateProject(
    @Arg('input', () => UpdateProjectInput) input: UpdateProjectInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'updateProject', input, (manager, caller) =>
      updateProject(manager, caller, input),
    );
  }

  @FieldResolver(() => Organisation, {
    description: 'Responsible organisation (ansvarlig virksomhet).',
  })
  responsibleOrganisation(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.of(organisationById).load(project.responsibleOrganisationId);
  }

  @FieldResolver(() => FocusArea, { description: 'The innsatsområde the project belongs to.' })
  focusArea(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.of(focusAreaByCode).load(project.focusAreaCode);
  }

  @FieldResolver(() => ProjectBudget, {
    nullable: true,
    description: 'Budget for one year (budsjett), null when the project has none.',
  })
  budget(@Root() project: Project, @Arg('year', () => Int) year: number, @Ctx() context: Context) {
    return budgetOf(context, project, year);
  }

  @FieldResolver(() => [ProjectBudget], { description: 'All yearly budgets, oldest first.' })
  // One per budget year: the documents give one each, so 5 leaves room for the years to come.
  @listSize(5)
  budgets(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.of(budgetsByProject).load(project.id);
  }
}
