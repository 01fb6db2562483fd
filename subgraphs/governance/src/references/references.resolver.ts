import { Arg, Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import {
  CONNECTION_LIST_SIZE,
  PageArgs,
  connectionFromList,
  listSize,
  type Context,
} from '@ehelse/shared/graphql';
import { AgendaItem } from '../meeting/agenda-item.entity';
import { agendaItemsByProject } from '../meeting/meeting.loaders';
import { AgendaItemConnection } from '../meeting/meeting.types';
import { Membership } from '../membership/membership.entity';
import { membershipsByOrganisation, membershipsOf } from '../membership/membership.loaders';
import { MembershipConnection } from '../membership/membership.types';
import { OrganisationRef, ProjectRef } from './references.types';

const discussed = (project: ProjectRef, { loaders }: Context) =>
  loaders.of(agendaItemsByProject).load(String(project.id));

const seatsOf = (organisation: OrganisationRef, context: Context, activeOn?: Date) =>
  membershipsOf(context, membershipsByOrganisation, String(organisation.id), activeOn);

/** Fields governance contributes to the portfolio's Project. */
@Resolver(() => ProjectRef)
export class ProjectRefResolver {
  // Deprecated plain list, sized for cost estimates: at most 1 item per project today.
  @listSize(10)
  @FieldResolver(() => [AgendaItem], {
    nullable: true,
    description: 'Agenda items (saker) where the project was discussed, oldest meeting first.',
    deprecationReason: 'Use agendaItemsConnection, which pages and counts.',
  })
  agendaItems(@Root() project: ProjectRef, @Ctx() context: Context) {
    return discussed(project, context);
  }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => AgendaItemConnection, {
    description:
      'Agenda items (saker) where the project was discussed, oldest meeting first, paged (Relay).',
  })
  async agendaItemsConnection(
    @Root() project: ProjectRef,
    @Args() page: PageArgs,
    @Ctx() context: Context,
  ) {
    return connectionFromList(await discussed(project, context), page, context.config.maxPageSize);
  }
}

/** Fields governance contributes to the portfolio's Organisation. */
@Resolver(() => OrganisationRef)
export class OrganisationRefResolver {
  // Deprecated plain list, sized for cost estimates: at most 3 seats per organisation today.
  @listSize(10)
  @FieldResolver(() => [Membership], {
    nullable: true,
    description:
      'Seats the organisation holds on governance bodies (medlemskap), optionally only those active on a date.',
    deprecationReason: 'Use membershipsConnection, which pages and counts.',
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
    return seatsOf(organisation, context, activeOn);
  }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => MembershipConnection, {
    description:
      'Seats the organisation holds on governance bodies (medlemskap), optionally only those active on a date, paged (Relay).',
  })
  async membershipsConnection(
    @Root() organisation: OrganisationRef,
    @Arg('activeOn', () => GraphQLDate, {
      nullable: true,
      description: 'Only memberships active on this date.',
    })
    activeOn: Date | undefined,
    @Args() page: PageArgs,
    @Ctx() context: Context,
  ) {
    return connectionFromList(
      await seatsOf(organisation, context, activeOn),
      page,
      context.config.maxPageSize,
    );
  }
}
