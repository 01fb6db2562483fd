import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { isId, CONNECTION_LIST_SIZE, listSize, type Context } from '@ehelse/shared/graphql';
import { Council } from '../council/council.entity';
import { councilById } from '../council/council.loaders';
import { AgendaItem } from './agenda-item.entity';
import { Meeting } from './meeting.entity';
import { agendaByMeeting, meetingById, substitutesByMeeting } from './meeting.loaders';
import { meetingsPage } from './meeting.queries';
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
  meetings(@Args() args: MeetingArgs, @Ctx() context: Context) {
    return meetingsPage(args, context);
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
