import { rowBy, rowsBy } from '@ehelse/shared/graphql';
import { AgendaItemConsultation } from './agenda-item-consultation.entity';
import { AgendaItemSection } from './agenda-item-section.entity';
import { MeetingMention } from './meeting-mention.entity';

/** Where the documents mention a meeting, by meeting id, in mention order. */
export const mentionsByMeeting = rowsBy(MeetingMention, 'meetingId', {
  order: { position: 'ASC' },
});

/** The meeting mentions printed in an agenda item's papers, by agenda item id. */
export const mentionsByAgendaItem = rowsBy(MeetingMention, 'agendaItemId', {
  order: { meetingId: 'ASC', position: 'ASC' },
});

/** The slides printed under an agenda item, by agenda item id, in printed order. */
export const sectionsByAgendaItem = rowsBy(AgendaItemSection, 'agendaItemId', {
  order: { position: 'ASC' },
});

/** The consultation presented under an agenda item, by agenda item id; null where none. */
export const consultationByAgendaItem = rowBy(AgendaItemConsultation, 'agendaItemId');
