import { rowsBy } from '@ehelse/shared/graphql';
import { AgendaSubItem } from './agenda-sub-item.entity';

/** The numbered points of each agenda item, in printed order: one statement per request. */
export const subItemsByAgendaItem = rowsBy(AgendaSubItem, 'agendaItemId', {
  order: { number: 'ASC' },
});
