import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { badInput, unknownReference } from '@ehelse/shared/runtime';
import {
  requireIdIfGiven,
  isId,
  CONNECTION_LIST_SIZE,
  connectionFromQuery,
  listSize,
  type Context,
} from '@ehelse/shared/graphql';
import { Council } from '../council/council.entity';
import { councilById } from '../council/council.loaders';
import { isoDate } from '../dates';
import { AgendaItem } from './agenda-item.entity';
import { Meeting } from './meeting.entity';
import { agendaByMeeting, meetingById, substitutesByMeeting } from './meeting.loaders';
import { MeetingArgs, MeetingConnection } from './meeting.types';
import { Substitution } from './substitution.entity';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, {
    nullable: true,
    description: 'One meeting by id, e.g. "nasjonalt-e-helserad-5-22".',
  })
  meeting(
    @Arg('id', () => ID, { description: 'Meeting id, e.g. "nasjonalt-e-helserad-5-22".' })
    id: string,
    @Ctx() { loaders }: Context,
  ) {
    // An id no meeting can have is answered like a missing one, without a query.
    return isId('slug', id) ? loaders.of(meetingById).load(id) : null;
  }

  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => MeetingConnection, {
    description:
      'Meetings (møter), oldest first, optionally of one body and within dates (inclusive), paged (Relay).',
  })
  async meetings(@Args() args: MeetingArgs, @Ctx() { dataSource, loaders, config }: Context) {
    const { councilId, from, to } = args;
    if (from && to && from > to) throw badInput('to', 'to must not be before from');
    requireIdIfGiven('slug', 'councilId', councilId);
    // An unknown id in a filter is the caller's mistake, named by its argument.
    if (councilId && !(await loaders.of(councilById).load(councilId))) {
      throw unknownReference('councilId', 'council', councilId);
    }
    return connectionFromQuery(
      args,
      () => {
        const query = dataSource.getRepository(Meeting).createQueryBuilder('meeting');
        if (councilId) query.andWhere('meeting.councilId = :councilId', { councilId });
        if (from) query.andWhere('meeting.date >= :from', { from: isoDate(from) });
        if (to) query.andWhere('meeting.date <= :to', { to: isoDate(to) });
        return query.orderBy('meeting.date', 'ASC').addOrderBy('meeting.id', 'ASC');
      },
      config.maxPageSize,
    );
  }

  @FieldResolver(() => Council, { description: 'The body that met (organ).' })
  council(@Root() meeting: Meeting, @Ctx() { loaders }: Context) {
    return loaders.of(councilById).load(meeting.councilId);
  }

  // Bounded by a meeting day: the longest agenda today has 9 items (3/19).
  @listSize(20)
  @FieldResolver(() => [AgendaItem], {
    description: 'The agenda (dagsorden): its items (saker) in agenda order.',
  })
  agenda(@Root() meeting: Meeting, @Ctx() { loaders }: Context) {
    return loaders.of(agendaByMeeting).load(meeting.id);
  }

  // Bounded by the members who send one: at most 2 substitutes at one meeting today (5/22).
  @listSize(5)
  @FieldResolver(() => [Substitution], {
    description: 'Substitutes at this meeting (stedfortredere), as printed.',
  })
  substitutes(@Root() meeting: Meeting, @Ctx() { loaders }: Context) {
    return loaders.of(substitutesByMeeting).load(meeting.id);
  }
}
