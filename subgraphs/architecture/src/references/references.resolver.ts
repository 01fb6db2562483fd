import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { listAndConnection, listSize, type Context } from '@ehelse/shared/graphql';
import { FocusAreaPriorityGroup } from '../focus-area-priority/focus-area-priority.entity';
import { priorityGroupsByFocusArea } from '../focus-area-priority/focus-area-priority.loaders';
import { Measure } from '../result-goal/measure.entity';
import { measuresByOrganisation, measuresByProject } from '../result-goal/result-goal.loaders';
import { MeasureConnection } from '../result-goal/result-goal.types';
import { FocusAreaRef, OrganisationRef, ProjectRef } from './references.types';

/** Fields this subgraph contributes to the portfolio's entities, each batched per request. */

@Resolver(() => ProjectRef)
export class ProjectRefResolver {
  @FieldResolver(() => [Measure], {
    nullable: true,
    description: 'Felles grunnmur tiltak the project carries out (tiltak), in plan order.',
  })
  // Bounded by the roadmap: the most any project carries today is 2 (MF Helse, "100").
  @listSize(5)
  measures(@Root() project: ProjectRef, @Ctx() context: Context) {
    return context.loaders.of(measuresByProject).load(project.id);
  }
}

export const OrganisationRefResolver = listAndConnection({
  root: () => OrganisationRef,
  name: 'responsibleForMeasures',
  list: {
    type: () => Measure,
    nullable: true,
    description:
      'Felles grunnmur tiltak the organisation is named responsible for (ansvarlig), alone or jointly, in plan order.',
    deprecationReason: 'Use responsibleForMeasuresConnection, which pages and counts.',
    // Grows with the roadmap; the most any organisation has today is 12 (Direktoratet for e-helse).
    listSize: 25,
  },
  connection: {
    type: () => MeasureConnection,
    description:
      'Felles grunnmur tiltak the organisation is named responsible for (ansvarlig), alone or jointly, in plan order, paged (Relay).',
  },
  // One statement for every organisation of the request, whichever of the two fields asks.
  load: (organisation, context) => context.loaders.of(measuresByOrganisation).load(organisation.id),
});

@Resolver(() => FocusAreaRef)
export class FocusAreaRefResolver {
  @FieldResolver(() => [FocusAreaPriorityGroup], {
    nullable: true,
    description:
      'The strategic priority groups (prioriteringsgrupper) the innsatsområde was placed in, one per year.',
  })
  // One per year of prioritisation; the documents hold one year (2020), 5 leaves room for more.
  @listSize(5)
  priorityGroups(@Root() area: FocusAreaRef, @Ctx() context: Context) {
    return context.loaders.of(priorityGroupsByFocusArea).load(area.code);
  }
}
