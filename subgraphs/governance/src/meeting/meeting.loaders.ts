import type { EntityTarget } from 'typeorm';
import {
  columnOf,
  defineLoader,
  groupBy,
  rowBy,
  rowsBy,
  rowsThroughLink,
  tableOf,
} from '@ehelse/shared/graphql';
import type { Person } from '../person/person.entity';
import { AgendaItemPresenter } from './agenda-item-presenter.entity';
import { AgendaItemProject } from './agenda-item-project.entity';
import { AgendaItem } from './agenda-item.entity';
import { Meeting } from './meeting.entity';
import { Substitution } from './substitution.entity';

/** A meeting by id; null where none exists. */
export const meetingById = rowBy(Meeting, 'id');

/** A body's meetings by council id, oldest first. */
export const meetingsByCouncil = rowsBy(Meeting, 'councilId', {
  order: { date: 'ASC', id: 'ASC' },
});

/** An agenda item by id; null where none exists. */
export const agendaItemById = rowBy(AgendaItem, 'id');

/** A meeting's agenda by meeting id, in agenda order. */
export const agendaByMeeting = rowsBy(AgendaItem, 'meetingId', { order: { position: 'ASC' } });

/** A meeting's substitutes by meeting id, in printed order. */
export const substitutesByMeeting = rowsBy(Substitution, 'meetingId', {
  order: { position: 'ASC' },
});

/** The portfolio projects an agenda item concerns (the links), by agenda item id. */
export const projectLinksByAgendaItem = rowsBy(AgendaItemProject, 'agendaItemId', {
  order: { projectId: 'ASC' },
});

/** The presenters of agenda items by agenda item id, first-named first (link joined with person). */
export const presentersByAgendaItem = defineLoader<string, Person[]>(
  'Presenters by agenda item',
  async (ids, dataSource) => {
    const links = await dataSource
      .getRepository(AgendaItemPresenter)
      .createQueryBuilder('link')
      .innerJoinAndSelect('link.person', 'person')
      .where('link.agendaItemId IN (:...ids)', { ids: [...ids] })
      .orderBy('link.position', 'ASC')
      .getMany();
    return groupBy(links, ids, (link) => link.agendaItemId).map((group) =>
      group.map((link) => link.person),
    );
  },
);

/**
 * Agenda items reached through a link table (presenters, projects), in meeting order and
 * then agenda order: the link joined with its item and the item's meeting, in one statement
 * written out rather than built and hydrated by TypeORM (the dashboard's hot path).
 */
function agendaItemsLinkedBy<L extends AgendaItemPresenter | AgendaItemProject>(
  link: EntityTarget<L>,
  column: ('personId' | 'projectId') & keyof L,
  description: string,
) {
  return defineLoader<string, AgendaItem[]>(description, (ids, dataSource) => {
    const on = <T extends object>(
      entity: EntityTarget<T>,
      alias: string,
      property: keyof T & string,
    ) => columnOf(dataSource, entity, alias, property);
    return rowsThroughLink(dataSource, ids, {
      entity: AgendaItem,
      alias: 'item',
      key: on(link, 'link', column),
      from:
        `FROM ${tableOf(dataSource, link)} link` +
        ` INNER JOIN ${tableOf(dataSource, AgendaItem)} item ON ${on(AgendaItem, 'item', 'id')} = ${on(link, 'link', 'agendaItemId')}` +
        ` INNER JOIN ${tableOf(dataSource, Meeting)} meeting ON ${on(Meeting, 'meeting', 'id')} = ${on(AgendaItem, 'item', 'meetingId')}`,
      orderBy: [on(Meeting, 'meeting', 'date'), on(AgendaItem, 'item', 'position')],
    });
  });
}

/** The agenda items a person presented, by person id, oldest meeting first. */
export const agendaItemsByPresenter = agendaItemsLinkedBy(
  AgendaItemPresenter,
  'personId',
  'Agenda items by presenter',
);

/** The agenda items where a portfolio project was discussed, by project id, oldest meeting first. */
export const agendaItemsByProject = agendaItemsLinkedBy(
  AgendaItemProject,
  'projectId',
  'Agenda items by project',
);
