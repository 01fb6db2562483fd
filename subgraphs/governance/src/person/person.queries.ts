import type { DataSource } from 'typeorm';
import {
  containsPattern,
  connectionFromQuery,
  type Context,
  type PageArgs,
} from '@ehelse/shared/graphql';
import { Person } from './person.entity';
import { searchName } from './search-name';

/** People by name (the id breaks ties), only those whose name matches `pattern` if given. */
function peopleQuery(dataSource: DataSource, pattern: string | undefined) {
  const query = dataSource.getRepository(Person).createQueryBuilder('person');
  if (pattern) query.where(`person.searchName LIKE :pattern ESCAPE '!'`, { pattern });
  return query.orderBy('person.searchName', 'ASC').addOrderBy('person.id', 'ASC');
}

/** Query.people: a page of people by name; `search` ignores case and accents (æ = ae). */
export function peoplePage(page: PageArgs, search: string | undefined, context: Context) {
  const pattern = search ? containsPattern('search', searchName(search)) : undefined;
  return connectionFromQuery(
    page,
    () => peopleQuery(context.dataSource, pattern),
    context.config.maxPageSize,
  );
}
