import { GraphQLDate } from 'graphql-scalars';
import { listAndConnection, type Context } from '@ehelse/shared/graphql';
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
export const ProjectRefResolver = listAndConnection({
  root: () => ProjectRef,
  name: 'agendaItems',
  list: {
    type: () => AgendaItem,
    nullable: true,
    description: 'Agenda items (saker) where the project was discussed, oldest meeting first.',
    deprecationReason: 'Use agendaItemsConnection, which pages and counts.',
    // Deprecated plain list, sized for cost estimates: at most 1 item per project today.
    listSize: 10,
  },
  connection: {
    type: () => AgendaItemConnection,
    description:
      'Agenda items (saker) where the project was discussed, oldest meeting first, paged (Relay).',
  },
  load: (project, context) => discussed(project, context),
});

/** Fields governance contributes to the portfolio's Organisation. */
export const OrganisationRefResolver = listAndConnection({
  root: () => OrganisationRef,
  name: 'memberships',
  list: {
    type: () => Membership,
    nullable: true,
    description:
      'Seats the organisation holds on governance bodies (medlemskap), optionally only those active on a date.',
    deprecationReason: 'Use membershipsConnection, which pages and counts.',
    // Deprecated plain list, sized for cost estimates: at most 3 seats per organisation today.
    listSize: 10,
  },
  connection: {
    type: () => MembershipConnection,
    description:
      'Seats the organisation holds on governance bodies (medlemskap), optionally only those active on a date, paged (Relay).',
  },
  argument: {
    name: 'activeOn',
    type: () => GraphQLDate,
    description: 'Only memberships active on this date.',
  },
  load: (organisation, context, { activeOn }: { activeOn?: Date }) =>
    seatsOf(organisation, context, activeOn),
});
