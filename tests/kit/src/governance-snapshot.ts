import { AuditEvent } from '@ehelse/shared/audit';
import type { DataSource, ObjectLiteral } from 'typeorm';

/**
 * Every row a governance write may touch, to prove a refused write changed nothing. The
 * entities are named as the governance subgraph registers them, so this needs no path into it.
 */
export async function writableState(dataSource: DataSource) {
  // Sorted as text so the comparison does not depend on the backend's row order.
  const rows = async (entity: string) =>
    (await dataSource.getRepository<ObjectLiteral>(entity).find())
      .map((row) => JSON.stringify(row))
      .sort();
  return {
    meetings: await rows('Meeting'),
    agendaItems: await rows('AgendaItem'),
    presenters: await rows('AgendaItemPresenter'),
    projects: await rows('AgendaItemProject'),
    memberships: await rows('Membership'),
    people: await rows('Person'),
    auditEvents: await dataSource.getRepository(AuditEvent).count(),
  };
}
