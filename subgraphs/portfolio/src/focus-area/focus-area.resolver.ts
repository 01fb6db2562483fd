import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '@ehelse/shared';
import { Project } from '../project/project.entity';
import { FocusArea } from './focus-area.entity';
import { StrategicArea } from './strategic-area.entity';

export const focusAreaByCode = (context: Context, code: string) =>
  context.loaders.one(FocusArea, 'code').load(code);

@Resolver(() => FocusArea)
export class FocusAreaResolver {
  @Query(() => [FocusArea], { description: 'The innsatsområder, in code order.' })
  focusAreas(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(FocusArea).find({ order: { code: 'ASC' } });
  }

  @FieldResolver(() => StrategicArea, {
    description: 'The strategic area (satsingsområde) it belongs to.',
  })
  async strategicArea(@Root() area: FocusArea, @Ctx() { loaders }: Context) {
    return loaders.one(StrategicArea, 'number').load(area.strategicAreaNumber);
  }

  @FieldResolver(() => [Project], { description: 'Projects in this innsatsområde.' })
  projects(@Root() area: FocusArea, @Ctx() { loaders }: Context) {
    return loaders.many(Project, 'focusAreaCode', { order: { id: 'ASC' } }).load(area.code);
  }
}

@Resolver(() => StrategicArea)
export class StrategicAreaResolver {
  @Query(() => [StrategicArea], {
    description: 'The six strategic areas (satsingsområder), in order.',
  })
  strategicAreas(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(StrategicArea).find({ order: { number: 'ASC' } });
  }

  @FieldResolver(() => [FocusArea], { description: 'Its innsatsområder, in code order.' })
  focusAreas(@Root() area: StrategicArea, @Ctx() { loaders }: Context) {
    return loaders
      .many(FocusArea, 'strategicAreaNumber', { order: { code: 'ASC' } })
      .load(area.number);
  }
}
