import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import { FocusAreaRef, focusAreaRef } from '../references/references.types';
import { FocusAreaPriorityGroup } from './focus-area-priority.entity';
import { membersOfPriorityGroup } from './focus-area-priority.loaders';

@Resolver(() => FocusAreaPriorityGroup)
export class FocusAreaPriorityResolver {
  @Query(() => [FocusAreaPriorityGroup], {
    description:
      'The strategic prioritisation of the innsatsområder (NUIT), by year and priority; 2020 is the only year in the documents.',
  })
  // 5 groups in the one year (2020) the documents prioritise.
  @listSize(10)
  focusAreaPriorities(
    @Arg('year', () => Int, { nullable: true, description: 'Only this year.' })
    year: number | undefined,
    @Ctx() { dataSource }: Context,
  ) {
    return dataSource.getRepository(FocusAreaPriorityGroup).find({
      where: year === undefined || year === null ? {} : { year },
      order: { year: 'ASC', priority: 'ASC' },
    });
  }

  @FieldResolver(() => [FocusAreaRef], {
    description: 'The innsatsområder in the group, in code order.',
  })
  // Fixed by the documents: at most 5 innsatsområder per group.
  @listSize(10)
  async focusAreas(@Root() group: FocusAreaPriorityGroup, @Ctx() context: Context) {
    const members = await membersOfPriorityGroup(context, group);
    return members.map((member) => focusAreaRef(member.focusAreaCode));
  }
}
