import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import {
  requireIdIfGiven,
  isId,
  CONNECTION_LIST_SIZE,
  PageArgs,
  badInput,
  connectionFromQuery,
  listSize,
  type Context,
} from '@ehelse/shared';
import { Council } from '../council/council.entity';
import { councilById } from '../council/council.resolver';
import { isoDate } from '../dates';
import { AgendaItem } from './agenda-item.entity';
import { MeetingConnection } from './meeting-connection';
import { Meeting } from './meeting.entity';
import { Substitution } from './substitution.entity';

@ArgsType()
class MeetingArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only meetings of this body.' })
  councilId?: string;

  @Field(() => GraphQLDate, { nullable: true, description: 'Only meetings on or after this date.' })
  from?: Date;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'Only meetings on or before this date.',
  })
  to?: Date;
}

export const meetingById = (context: Context, id: string) =>
  context.loaders.one(Meeting, 'id').load(id);

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, {
    nullable: true,
    description: 'One meeting by id, e.g. "nasjonalt-e-helserad-5-22".',
  })
  meeting(
    @Arg('id', () => ID, { description: 'Meeting id, e.g. "nasjonalt-e-helserad-5-22".' })
    id: string,
    @Ctx() context: Context,
  ) {
    // An id no meeting can have is answered like a missing one, without a query.
    return isId('slug', id) ? meetingById(context, id) : null;
  }

  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => MeetingConnection, {
    description:
      'Meetings (møter), oldest first, optionally of one body and within dates (inclusive), paged (Relay).',
  })
  async meetings(@Args() args: MeetingArgs, @Ctx() context: Context) {
    const { councilId, from, to } = args;
    if (from && to && from > to) throw badInput('to', 'to must not be before from');
    requireIdIfGiven('slug', 'councilId', councilId);
    // An unknown id in a filter is the caller's mistake, named by its argument.
    if (councilId && !(await councilById(context, councilId))) {
      throw badInput('councilId', `Unknown council "${councilId}"`);
    }
    return connectionFromQuery(args, () => {
      const query = context.dataSource.getRepository(Meeting).createQueryBuilder('meeting');
      if (councilId) query.andWhere('meeting.councilId = :councilId', { councilId });
      if (from) query.andWhere('meeting.date >= :from', { from: isoDate(from) });
      if (to) query.andWhere('meeting.date <= :to', { to: isoDate(to) });
      return query.orderBy('meeting.date', 'ASC').addOrderBy('meeting.id', 'ASC');
    });
  }

  @FieldResolver(() => Council, { description: 'The body that met (organ).' })
  council(@Root() meeting: Meeting, @Ctx() context: Context) {
    return councilById(context, meeting.councilId);
  }

  // Bounded by a meeting day: the longest agenda today has 9 items (3/19).
  @listSize(20)
  @FieldResolver(() => [AgendaItem], {
    description: 'The agenda (dagsorden): its items (saker) in agenda order.',
  })
  agenda(@Root() meeting: Meeting, @Ctx() { loaders }: Context) {
    return loaders.many(AgendaItem, 'meetingId', { order: { position: 'ASC' } }).load(meeting.id);
  }

  // Bounded by the members who send one: at most 2 substitutes at one meeting today (5/22).
  @listSize(5)
  @FieldResolver(() => [Substitution], {
    description: 'Substitutes at this meeting (stedfortredere), as printed.',
  })
  substitutes(@Root() meeting: Meeting, @Ctx() { loaders }: Context) {
    return loaders.many(Substitution, 'meetingId', { order: { position: 'ASC' } }).load(meeting.id);
  }
}
