import { In } from 'typeorm';
import { defineLoader, groupBy, type Context } from '@ehelse/shared/graphql';
import { FocusAreaPriorityGroup, FocusAreaPriorityMember } from './focus-area-priority.entity';

/** A priority group's key: its year and priority, as in its id ("2020:1"). */
const groupKey = (year: number, priority: number) => `${year}:${priority}`;

/** The groups an innsatsområde was placed in, by year: one statement for every code. */
export const priorityGroupsByFocusArea = defineLoader<string, FocusAreaPriorityGroup[]>(
  'FocusAreaPriorityGroup rows by focus area code',
  async (codes, dataSource) => {
    const members = await dataSource.getRepository(FocusAreaPriorityMember).find({
      where: { focusAreaCode: In([...codes]) },
      relations: { group: true },
      order: { year: 'ASC' },
    });
    return groupBy(members, codes, (member) => member.focusAreaCode).map((rows) =>
      rows.map((row) => row.group),
    );
  },
);

/** The members of each group (key "year:priority"), in code order: one statement for the years. */
const membersByPriorityGroup = defineLoader<string, FocusAreaPriorityMember[]>(
  'FocusAreaPriorityMember rows by group',
  async (keys, dataSource) => {
    const years = [...new Set(keys.map((key) => Number(key.split(':')[0])))];
    const members = await dataSource
      .getRepository(FocusAreaPriorityMember)
      .find({ where: { year: In(years) }, order: { focusAreaCode: 'ASC' } });
    return groupBy(members, keys, (member) => groupKey(member.year, member.priority));
  },
);

/** The members of a priority group, in code order. */
export const membersOfPriorityGroup = (context: Context, group: FocusAreaPriorityGroup) =>
  context.loaders.of(membersByPriorityGroup).load(groupKey(group.year, group.priority));
