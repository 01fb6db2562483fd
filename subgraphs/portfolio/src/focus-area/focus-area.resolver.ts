import { Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { listAndConnection, listSize, type Context } from '@ehelse/shared/graphql';
import { Project } from '../project/project.entity';
import { projectsByFocusArea } from '../project/project.loaders';
import { ProjectConnection } from '../project/project.types';
import { FOCUS_AREAS_SIZE, FocusArea } from './focus-area.entity';
import { focusAreasByStrategicArea, strategicAreaByNumber } from './focus-area.loaders';
import { StrategicArea } from './strategic-area.entity';

/** The projects of an innsatsområde, by portfolio id: one statement for all parents. */
const projectsOf = ({ loaders }: Context, area: FocusArea) =>
  loaders.of(projectsByFocusArea).load(area.code);

@Resolver(() => FocusArea)
export class FocusAreaResolver {
  @Query(() => [FocusArea], { description: 'The innsatsområder, in code order.' })
  @listSize(FOCUS_AREAS_SIZE)
  focusAreas(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(FocusArea).find({ order: { code: 'ASC' } });
  }

  @FieldResolver(() => ID, {
    description: 'The code again, e.g. "1.1": an id a client cache normalises by.',
  })
  id(@Root() area: FocusArea) {
    return area.code;
  }

  @FieldResolver(() => StrategicArea, {
    description: 'The strategic area (satsingsområde) it belongs to.',
  })
  async strategicArea(@Root() area: FocusArea, @Ctx() { loaders }: Context) {
    return loaders.of(strategicAreaByNumber).load(area.strategicAreaNumber);
  }
}

export const FocusAreaProjectsResolver = listAndConnection({
  root: () => FocusArea,
  name: 'projects',
  list: {
    type: () => Project,
    description: 'Projects in this innsatsområde, by id.',
    deprecationReason: 'Use projectsConnection, which pages and counts.',
    // The fullest innsatsområde (1.1) has 14 projects today.
    listSize: 30,
  },
  connection: {
    type: () => ProjectConnection,
    description: 'Projects in this innsatsområde, by id, paged (Relay).',
  },
  load: (area, context) => projectsOf(context, area),
});

@Resolver(() => StrategicArea)
export class StrategicAreaResolver {
  @Query(() => [StrategicArea], {
    description: 'The six strategic areas (satsingsområder), in order.',
  })
  // Fixed by the strategy: six.
  @listSize(12)
  strategicAreas(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(StrategicArea).find({ order: { number: 'ASC' } });
  }

  @FieldResolver(() => ID, {
    description: 'The number as text, e.g. "1": an id a client cache normalises by.',
  })
  id(@Root() area: StrategicArea) {
    return String(area.number);
  }

  @FieldResolver(() => [FocusArea], { description: 'Its innsatsområder, in code order.' })
  // Fixed by the strategy: at most 3 per satsingsområde.
  @listSize(10)
  focusAreas(@Root() area: StrategicArea, @Ctx() { loaders }: Context) {
    return loaders.of(focusAreasByStrategicArea).load(area.number);
  }
}
