import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '@ehelse/shared';
import { FocusAreaPriorityGroup } from '../focus-area-priority/focus-area-priority.entity';
import { priorityGroupsOfFocusArea } from '../focus-area-priority/focus-area-priority.resolver';
import { Measure } from '../result-goal/measure.entity';
import { measuresOfOrganisation, measuresOfProject } from '../result-goal/result-goal.loaders';
import { FocusAreaRef, OrganisationRef, ProjectRef } from './entity-refs';

/** Fields this subgraph contributes to the portfolio's entities, each batched per request. */

@Resolver(() => ProjectRef)
export class ProjectRefResolver {
  @FieldResolver(() => [Measure], {
    nullable: true,
    description: 'Felles grunnmur tiltak the project carries out (tiltak), in plan order.',
  })
  measures(@Root() project: ProjectRef, @Ctx() context: Context) {
    return measuresOfProject(context, project.id);
  }
}

@Resolver(() => OrganisationRef)
export class OrganisationRefResolver {
  @FieldResolver(() => [Measure], {
    nullable: true,
    description:
      'Felles grunnmur tiltak the organisation is named responsible for (ansvarlig), alone or jointly, in plan order.',
  })
  responsibleForMeasures(@Root() organisation: OrganisationRef, @Ctx() context: Context) {
    return measuresOfOrganisation(context, organisation.id);
  }
}

@Resolver(() => FocusAreaRef)
export class FocusAreaRefResolver {
  @FieldResolver(() => [FocusAreaPriorityGroup], {
    nullable: true,
    description:
      'The strategic priority groups (prioriteringsgrupper) the innsatsområde was placed in, one per year.',
  })
  priorityGroups(@Root() area: FocusAreaRef, @Ctx() context: Context) {
    return priorityGroupsOfFocusArea(context, area.code);
  }
}
