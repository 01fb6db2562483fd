import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import { AgendaItemConsultation } from './agenda-item-consultation.entity';
import { AgendaItemSection } from './agenda-item-section.entity';
import { AgendaItem } from './agenda-item.entity';
import { MeetingMention } from './meeting-mention.entity';
import { MeetingSourceKind } from './meeting-source-kind';
import { Meeting } from './meeting.entity';
import { meetingById } from './meeting.loaders';
import {
  consultationByAgendaItem,
  mentionsByAgendaItem,
  mentionsByMeeting,
  sectionsByAgendaItem,
} from './meeting-references.loaders';

/** What the documents say of a meeting besides its own papers. */
@Resolver(() => Meeting)
export class MeetingMentionsResolver {
  @FieldResolver(() => Boolean, {
    description:
      'True when the documents hold no papers of the meeting (kjent bare fra omtale): it is known only from what other meetings’ papers say of it (sourceKind REFERENCED or ANNOUNCED).',
  })
  knownOnlyByReference(@Root() meeting: Meeting) {
    return meeting.sourceKind !== MeetingSourceKind.RECORDED;
  }

  // Fixed by the documents: at most 3 mentions of one meeting (e-helsestyre 22.03.2019 in 004).
  @listSize(10)
  @FieldResolver(() => [MeetingMention], {
    description:
      'Where the documents mention the meeting (omtale): the printed words, document and line, oldest document first.',
  })
  mentions(@Root() meeting: Meeting, @Ctx() { loaders }: Context) {
    return loaders.of(mentionsByMeeting).load(meeting.id);
  }
}

/** What an agenda item's papers contain beyond its title, and the meetings they refer to. */
@Resolver(() => AgendaItem)
export class AgendaItemContentsResolver {
  // Fixed by the documents: at most 9 slides under one item (33/22).
  @listSize(20)
  @FieldResolver(() => [AgendaItemSection], {
    description:
      'The slides (lysark) printed under the item beyond its title, verbatim, in printed order; empty where none are transcribed.',
  })
  sections(@Root() item: AgendaItem, @Ctx() { loaders }: Context) {
    return loaders.of(sectionsByAgendaItem).load(item.id);
  }

  @FieldResolver(() => AgendaItemConsultation, {
    nullable: true,
    description:
      'The public consultation (høring) presented under the item, with its numbers as printed (33/22); null for other items.',
  })
  consultation(@Root() item: AgendaItem, @Ctx() { loaders }: Context) {
    return loaders.of(consultationByAgendaItem).load(item.id);
  }

  // Fixed by the documents: at most 4 meetings referred to under one item (34/22's timeline).
  @listSize(10)
  @FieldResolver(() => [Meeting], {
    description:
      'Earlier or coming meetings the item’s papers refer to (e.g. whose minutes it approves, whose decision it follows up), oldest first; see Meeting.mentions for the printed words.',
  })
  async referencedMeetings(@Root() item: AgendaItem, @Ctx() { loaders }: Context) {
    const mentions = await loaders.of(mentionsByAgendaItem).load(item.id);
    const ids = [...new Set(mentions.map((mention) => mention.meetingId))];
    const meetings = await loaders.of(meetingById).loadMany(ids);
    return meetings
      .filter((meeting): meeting is Meeting => meeting !== null && !(meeting instanceof Error))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  }
}
