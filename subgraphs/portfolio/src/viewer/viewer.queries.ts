import type { Principal } from '@ehelse/shared/runtime';
import { connectionFromQuery, type Context, type PageArgs } from '@ehelse/shared/graphql';
import { filteredProjects, orderProjects } from '../project/project.queries';

/**
 * A page of the projects `principal` may report on, by portfolio id: an admin every
 * project, a reporter those its organisation is responsible for, a reader none.
 */
export function reportableProjectsPage(
  context: Context,
  { role, organisationId }: Principal,
  pageArgs: PageArgs,
) {
  return connectionFromQuery(
    pageArgs,
    () => {
      const query = orderProjects(filteredProjects(context.dataSource));
      if (role === 'admin') return query;
      if (role === 'reporter' && organisationId)
        return query.andWhere('project.responsible_organisation_id = :viewerOrganisation', {
          viewerOrganisation: organisationId,
        });
      return query.andWhere('1 = 0');
    },
    context.config.maxPageSize,
  );
}
