import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { groupBy, listSize, type Context } from '@ehelse/shared';
import { FocusAreaRef, focusAreaRef } from '../references/entity-refs';
import { FocusAreaPriorityGroup, FocusAreaPriorityMember } from './focus-area-priority.entity';

const groupKey = (year: number, priority: number) => `${year}:${priority}`;

/** The groups an innsatsområde was placed in, one statement for every code of the request. */
export const priorityGroupsOfFocusArea = (context: Context, code: string) =>
  context.loaders
    .get<string, FocusAreaPriorityGroup[]>('priorityGroupsOfFocusArea', async (codes) => {
      const members = await context.dataSource.getRepository(FocusAreaPriorityMember).find({
        where: { focusAreaCode: In([...codes]) },
        relations: { group: true },
        order: { year: 'ASC' },
      });
      return groupBy(members, codes, (member) => member.focusAreaCode).map((rows) =>
        rows.map((row) => row.group),
      );
    })
    .load(code);

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
  focusAreas(@Root() group: FocusAreaPriorityGroup, @Ctx() context: Context) {
    return context.loaders
      .get<string, FocusAreaRef[]>('focusAreasOfPriorityGroup', async (keys) => {
        const years = [...new Set(keys.map((key) => Number(key.split(':')[0])))];
        const members = await context.dataSource
          .getRepository(FocusAreaPriorityMember)
          .find({ where: { year: In(years) }, order: { focusAreaCode: 'ASC' } });
        return groupBy(members, keys, (m) => groupKey(m.year, m.priority)).map((rows) =>
          rows.map((row) => focusAreaRef(row.focusAreaCode)),
        );
      })
      .load(groupKey(group.year, group.priority));
  }
}
