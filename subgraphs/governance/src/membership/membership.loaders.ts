import { defineLoader, groupBy, rowBy, type Context } from '@ehelse/shared/graphql';
import { isoDate } from '../dates';
import { Membership } from './membership.entity';

/** A membership by id; null where none exists. */
export const membershipById = rowBy(Membership, 'id');

/** The membership that took a seat over, by the id of the seat taken over. */
export const membershipByReplaced = rowBy(Membership, 'replacesMembershipId');

type MembershipColumn = 'councilId' | 'organisationId' | 'personId';

/** A memberships loader's key: the council, organisation or person, and the date (null: any). */
type SeatsKey = [id: string, activeOn: string | null];

/**
 * Memberships of many councils, organisations or people, optionally only those active on
 * a date (from and to are inclusive, null is open): one statement per date asked for in
 * a request. Ordered by body, then LEADER before MEMBER (alphabetical), then printed order.
 */
function membershipsBy(column: MembershipColumn) {
  return defineLoader<string, Membership[]>(
    `Membership rows by ${column}, active on a date`,
    async (keys, dataSource) => {
      const wanted = keys.map((key) => JSON.parse(key) as SeatsKey);
      const dates = [...new Set(wanted.map(([, date]) => date))];
      const seatsOn = new Map(
        await Promise.all(
          dates.map(async (date) => {
            const ids = [...new Set(wanted.filter(([, on]) => on === date).map(([id]) => id))];
            const query = dataSource
              .getRepository(Membership)
              .createQueryBuilder('membership')
              .where(`membership.${column} IN (:...ids)`, { ids });
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
            const groups = groupBy(rows, ids, (row) => row[column]);
            return [date, new Map(ids.map((id, index) => [id, groups[index]]))] as const;
          }),
        ),
      );
      return wanted.map(([id, date]) => seatsOn.get(date)?.get(id) ?? []);
    },
  );
}

export const membershipsByCouncil = membershipsBy('councilId');
export const membershipsByOrganisation = membershipsBy('organisationId');
export const membershipsByPerson = membershipsBy('personId');

/** The seats of one council, organisation or person, only those active on `activeOn` if given. */
export const membershipsOf = (
  context: Context,
  definition: ReturnType<typeof membershipsBy>,
  id: string,
  activeOn?: Date | null,
) =>
  context.loaders
    .of(definition)
    .load(JSON.stringify([id, activeOn ? isoDate(activeOn) : null] satisfies SeatsKey));
