import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  Directive,
  FieldResolver,
  ID,
  Info,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  isId,
  CONNECTION_LIST_SIZE,
  PageArgs,
  listSize,
  selectsField,
  type Context,
} from '@ehelse/shared/graphql';
import { FocusArea } from '../focus-area/focus-area.entity';
import { focusAreaByCode } from '../focus-area/focus-area.loaders';
import { Organisation } from '../organisation/organisation.entity';
import { organisationById } from '../organisation/organisation.loaders';
import { ProjectBudget } from './project-budget.entity';
import { Project } from './project.entity';
import { budgetOf, budgetsByProject, projectById } from './project.loaders';
import { projectsPage } from './project.queries';
import { ProjectConnection, ProjectFilter, ProjectOrder } from './project.types';

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
  projects(
    @Args() pageArgs: PageArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | undefined,
    @Arg('orderBy', () => ProjectOrder, { nullable: true }) orderBy: ProjectOrder | undefined,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    // A page without totalCount (the dashboard's) is read without counting every project.
    return projectsPage(context, pageArgs, filter, orderBy, {
      counted: selectsField(info, 'totalCount'),
    });
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
