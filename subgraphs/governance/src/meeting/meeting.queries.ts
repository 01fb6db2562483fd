import type { DataSource } from 'typeorm';
import { badInput, unknownReference } from '@ehelse/shared/runtime';
import { requireIdIfGiven, connectionFromQuery, type Context } from '@ehelse/shared/graphql';
import { councilById } from '../council/council.loaders';
import { isoDate } from '../dates';
import { Meeting } from './meeting.entity';
import type { MeetingArgs } from './meeting.types';

type MeetingFilter = Pick<MeetingArgs, 'councilId' | 'from' | 'to'>;

/** Dates in order, a well-formed body id of a body that exists. */
async function checkMeetingFilter({ councilId, from, to }: MeetingFilter, { loaders }: Context) {
  if (from && to && from > to) throw badInput('to', 'to must not be before from');
  requireIdIfGiven('slug', 'councilId', councilId);
  // An unknown id in a filter is the caller's mistake, named by its argument.
  if (councilId && !(await loaders.of(councilById).load(councilId))) {
    throw unknownReference('councilId', 'council', councilId);
  }
}

/** The filter's meetings, oldest first (the id breaks ties). */
function meetingsQuery(dataSource: DataSource, { councilId, from, to }: MeetingFilter) {
  const query = dataSource.getRepository(Meeting).createQueryBuilder('meeting');
  if (councilId) query.andWhere('meeting.councilId = :councilId', { councilId });
  if (from) query.andWhere('meeting.date >= :from', { from: isoDate(from) });
  if (to) query.andWhere('meeting.date <= :to', { to: isoDate(to) });
  return query.orderBy('meeting.date', 'ASC').addOrderBy('meeting.id', 'ASC');
}

/** Query.meetings: a page of meetings, optionally of one body and within dates (inclusive). */
export async function meetingsPage(args: MeetingArgs, context: Context) {
  await checkMeetingFilter(args, context);
  return connectionFromQuery(
    args,
    () => meetingsQuery(context.dataSource, args),
    context.config.maxPageSize,
  );
}
