import type { Context } from '@ehelse/shared';
import { groupBy } from '@ehelse/shared';
import { isoDate } from '../dates';
import { Membership } from './membership.entity';

type MembershipKey = 'councilId' | 'organisationId' | 'personId';

/**
 * Memberships of many councils, organisations or people in one statement per request,
 * optionally only those active on a date (from and to are inclusive, null is open).
 * Ordered by body, then LEADER before MEMBER (alphabetical), then printed order.
 */
export function membershipsBy(
  context: Context,
  key: MembershipKey,
  id: string,
  activeOn?: Date | null,
) {
  const date = activeOn ? isoDate(activeOn) : null;
  return context.loaders
    .get<string, Membership[]>(`memberships:${key}:${date ?? 'any'}`, async (ids) => {
      const query = context.dataSource
        .getRepository(Membership)
        .createQueryBuilder('membership')
        .where(`membership.${key} IN (:...ids)`, { ids: [...ids] });
      if (date) {
        query
          .andWhere('(membership.from IS NULL OR membership.from <= :date)', { date })
          .andWhere('(membership.to IS NULL OR membership.to >= :date)', { date });
      }
      const rows = await query
        .orderBy('membership.councilId', 'ASC')
        .addOrderBy('membership.role', 'ASC')
        .addOrderBy('membership.position', 'ASC')
        .getMany();
      return groupBy(rows, ids, (row) => row[key]);
    })
    .load(id);
}
