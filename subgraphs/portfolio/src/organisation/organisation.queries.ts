import { connectionFromQuery, type Context, type PageArgs } from '@ehelse/shared/graphql';
import { Organisation } from './organisation.entity';

/** A page of every organisation the documents name, by name (the id breaks ties). */
export const organisationsPage = ({ dataSource, config }: Context, pageArgs: PageArgs) =>
  connectionFromQuery(
    pageArgs,
    () =>
      dataSource
        .getRepository(Organisation)
        .createQueryBuilder('organisation')
        .orderBy('organisation.name', 'ASC')
        .addOrderBy('organisation.id', 'ASC'),
    config.maxPageSize,
  );
