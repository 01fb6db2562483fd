import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import type { Context } from '@ehelse/shared';
import { AgendaItemProject } from '../meeting/agenda-item-project.entity';
import { AgendaItem } from '../meeting/agenda-item.entity';
import { agendaItemsLinkedBy } from '../meeting/linked-agenda-items';
import { Membership } from '../membership/membership.entity';
import { membershipsBy } from '../membership/memberships-by';
import { OrganisationRef } from './organisation-ref';
import { ProjectRef } from './project-ref';

/** Fields governance contributes to the portfolio's Project. */
@Resolver(() => ProjectRef)
export class ProjectRefResolver {
  @FieldResolver(() => [AgendaItem], {
    nullable: true,
    description: 'Agenda items (saker) where the project was discussed, oldest meeting first.',
  })
  agendaItems(@Root() project: ProjectRef, @Ctx() context: Context) {
    return agendaItemsLinkedBy(context, AgendaItemProject, 'projectId', String(project.id));
  }
}

/** Fields governance contributes to the portfolio's Organisation. */
@Resolver(() => OrganisationRef)
export class OrganisationRefResolver {
  @FieldResolver(() => [Membership], {
    nullable: true,
    description:
      'Seats the organisation holds on governance bodies (medlemskap), optionally only those active on a date.',
  })
  memberships(
    @Root() organisation: OrganisationRef,
    @Arg('activeOn', () => GraphQLDate, {
      nullable: true,
      description: 'Only memberships active on this date.',
    })
    activeOn: Date | undefined,
    @Ctx() context: Context,
  ) {
    return membershipsBy(context, 'organisationId', String(organisation.id), activeOn);
  }
}
