import { defineLoader, groupBy, rowBy, rowsBy, type Context } from '@ehelse/shared/graphql';
import { Meeting } from '../meeting/meeting.entity';
import { MilestonePlan } from './milestone-plan.entity';
import { PlanMilestone } from './plan-milestone.entity';
import { PlannedBodyMeeting } from './planned-body-meeting.entity';
import { PlannedMeetingMilestone } from './planned-meeting-milestone.entity';

/** A milestone plan by id; null where none exists. */
export const milestonePlanById = rowBy(MilestonePlan, 'id');

/** A plan's milestones by plan id, in plan order. */
export const milestonesByPlan = rowsBy(PlanMilestone, 'planId', { order: { position: 'ASC' } });

/** A plan's body meetings (møteplan) by plan id, by date. */
export const bodyMeetingsByPlan = rowsBy(PlannedBodyMeeting, 'planId', {
  order: { date: 'ASC', councilId: 'ASC' },
});

/** The milestone rows a planned body meeting is printed in, by planned meeting id. */
export const milestonesByBodyMeeting = defineLoader<string, PlanMilestone[]>(
  'Plan milestones by planned body meeting',
  async (ids, dataSource) => {
    const links = await dataSource
      .getRepository(PlannedMeetingMilestone)
      .createQueryBuilder('link')
      .innerJoinAndSelect('link.milestone', 'milestone')
      .where('link.plannedMeetingId IN (:...ids)', { ids: [...ids] })
      .orderBy('milestone.position', 'ASC')
      .getMany();
    return groupBy(links, ids, (link) => link.plannedMeetingId).map((group) =>
      group.map((link) => link.milestone),
    );
  },
);

/** Two-part keys (plan and milestone code, body and date) as loader keys. */
const pairKey = (first: string, second: string) => JSON.stringify([first, second]);
const pairOf = (key: string) => JSON.parse(key) as [string, string];

/** The values of `keys` grouped by their first part, in first-seen order. */
function byFirstPart(keys: readonly string[]) {
  const groups = new Map<string, string[]>();
  for (const [first, second] of keys.map(pairOf)) {
    groups.set(first, [...(groups.get(first) ?? []), second]);
  }
  return groups;
}

/**
 * The body meetings printed in milestone rows, keyed by plan and milestone code: one
 * statement per plan, by date.
 */
const bodyMeetingsByMilestone = defineLoader<string, PlannedBodyMeeting[]>(
  'Planned body meetings by plan milestone',
  async (keys, dataSource) => {
    const found = new Map<string, PlannedBodyMeeting[]>();
    for (const [planId, codes] of byFirstPart(keys)) {
      const links = await dataSource
        .getRepository(PlannedMeetingMilestone)
        .createQueryBuilder('link')
        .innerJoinAndSelect('link.plannedMeeting', 'planned')
        .where('link.planId = :planId', { planId })
        .andWhere('link.milestoneCode IN (:...codes)', { codes })
        .orderBy('planned.date', 'ASC')
        .addOrderBy('planned.councilId', 'ASC')
        .getMany();
      groupBy(links, codes, (link) => link.milestoneCode).forEach((group, index) =>
        found.set(
          pairKey(planId, codes[index]),
          group.map((link) => link.plannedMeeting),
        ),
      );
    }
    return keys.map((key) => found.get(key) ?? []);
  },
);

/** The body meetings printed in a milestone's row, by date. */
export const bodyMeetingsOfMilestone = (context: Context, milestone: PlanMilestone) =>
  context.loaders.of(bodyMeetingsByMilestone).load(pairKey(milestone.planId, milestone.code));

/** The recorded meetings of bodies on dates, keyed by body and date; null where none was held. */
const meetingByBodyAndDate = defineLoader<string, Meeting | null>(
  'Meeting by council and date',
  async (keys, dataSource) => {
    const pairs = keys.map(pairOf);
    const meetings = await dataSource
      .getRepository(Meeting)
      .createQueryBuilder('meeting')
      .where('meeting.councilId IN (:...councils)', {
        councils: pairs.map(([council]) => council),
      })
      .andWhere('meeting.date IN (:...dates)', { dates: pairs.map(([, date]) => date) })
      .orderBy('meeting.id', 'ASC')
      .getMany();
    const byKey = new Map(
      meetings.map((meeting) => [pairKey(meeting.councilId, meeting.date), meeting]),
    );
    return keys.map((key) => byKey.get(key) ?? null);
  },
);

/** The recorded meeting of the planned meeting's body on its date, if one was held. */
export const meetingOfPlanned = (context: Context, planned: PlannedBodyMeeting) =>
  context.loaders.of(meetingByBodyAndDate).load(pairKey(planned.councilId, planned.date));
