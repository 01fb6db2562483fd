import { AuditEvent } from '@ehelse/shared';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { AgendaItemPresenter } from '../meeting/agenda-item-presenter.entity';
import { AgendaItemProject } from '../meeting/agenda-item-project.entity';
import { AgendaItem } from '../meeting/agenda-item.entity';
import { Meeting } from '../meeting/meeting.entity';
import { Membership } from '../membership/membership.entity';
import { Person } from '../person/person.entity';

/** Test support: every row a governance write may touch, to prove a refused write changed nothing. */
export async function writableState(dataSource: DataSource) {
  // Sorted as text so the comparison does not depend on the backend's row order.
  const rows = async <T extends ObjectLiteral>(entity: EntityTarget<T>) =>
    (await dataSource.getRepository(entity).find()).map((row) => JSON.stringify(row)).sort();
  return {
    meetings: await rows(Meeting),
    agendaItems: await rows(AgendaItem),
    presenters: await rows(AgendaItemPresenter),
    projects: await rows(AgendaItemProject),
    memberships: await rows(Membership),
    people: await rows(Person),
    auditEvents: await dataSource.getRepository(AuditEvent).count(),
  };
}
