import type { EntityTarget } from 'typeorm';
import { groupBy, type Context } from '@ehelse/shared';
import type { AgendaItemPresenter } from './agenda-item-presenter.entity';
import type { AgendaItemProject } from './agenda-item-project.entity';
import type { AgendaItem } from './agenda-item.entity';
import { Meeting } from './meeting.entity';

type Link = AgendaItemPresenter | AgendaItemProject;
type LinkKey = 'personId' | 'projectId';

/**
 * Agenda items reached through a link table (presenters, projects), for many keys in
 * one statement per request, in meeting order and then agenda order.
 */
export function agendaItemsLinkedBy<L extends Link>(
  context: Context,
  link: EntityTarget<L>,
  key: LinkKey & keyof L,
  id: string,
) {
  const name = context.dataSource.getMetadata(link).name;
  return context.loaders
    .get<string, AgendaItem[]>(`agendaItemsVia:${name}.${key}`, async (ids) => {
      const links = await context.dataSource
        .getRepository(link)
        .createQueryBuilder('link')
        .innerJoinAndSelect('link.agendaItem', 'item')
        .innerJoin(Meeting, 'meeting', 'meeting.id = item.meetingId')
        .where(`link.${key} IN (:...ids)`, { ids: [...ids] })
        .orderBy('meeting.date', 'ASC')
        .addOrderBy('item.position', 'ASC')
        .getMany();
      return groupBy(links, ids, (row) => row[key]).map((group) =>
        group.map((row) => row.agendaItem),
      );
    })
    .load(id);
}
