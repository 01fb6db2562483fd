import { ConnectionType, valueObject } from '@ehelse/shared';
import { AgendaItem } from './agenda-item.entity';
import { Meeting } from './meeting.entity';

/** Pages of meetings: Query.meetings and Council.meetingsConnection share the type. */
export const MeetingConnection = ConnectionType(
  'Meeting',
  Meeting,
  valueObject('A page of meetings (møter), oldest first.'),
);

/** Pages of agenda items: a person's presented items and a project's agenda items share the type. */
export const AgendaItemConnection = ConnectionType(
  'AgendaItem',
  AgendaItem,
  valueObject('A page of agenda items (saker), oldest meeting first and then in agenda order.'),
);
