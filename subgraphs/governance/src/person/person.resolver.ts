import { Arg, Args, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import {
  isId,
  CONNECTION_LIST_SIZE,
  PageArgs,
  listAndConnection,
  type Context,
} from '@ehelse/shared/graphql';
import { AgendaItem } from '../meeting/agenda-item.entity';
import { agendaItemsByPresenter } from '../meeting/meeting.loaders';
import { AgendaItemConnection } from '../meeting/meeting.types';
import { Membership } from '../membership/membership.entity';
import { membershipsByPerson, membershipsOf } from '../membership/membership.loaders';
import { MembershipConnection } from '../membership/membership.types';
import { Person } from './person.entity';
import { personById } from './person.loaders';
import { peoplePage } from './person.queries';
import { PersonConnection } from './person.types';

const presentedBy = (person: Person, { loaders }: Context) =>
  loaders.of(agendaItemsByPresenter).load(person.id);

const seatsOf = (person: Person, context: Context) =>
  membershipsOf(context, membershipsByPerson, person.id);

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by id, e.g. "rune-simensen".' })
  person(
    @Arg('id', () => ID, { description: 'Person id (slug), e.g. "rune-simensen".' }) id: string,
    @Ctx() { loaders }: Context,
  ) {
    // An id no person can have is answered like a missing one, without a query.
    return isId('slug', id) ? loaders.of(personById).load(id) : null;
  }

  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => PersonConnection, {
    description:
      'People named in the governance documents, by name (Relay); search ignores case and accents (æ = ae).',
  })
  people(
    @Args() pageArgs: PageArgs,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Text the name contains, e.g. "dunsæd".',
    })
    search: string | undefined,
    @Ctx() context: Context,
  ) {
    return peoplePage(pageArgs, search, context);
  }
}

export const PersonMembershipsResolver = listAndConnection({
  root: () => Person,
  name: 'memberships',
  list: {
    type: () => Membership,
    description: 'Every seat the person has held (medlemskap), by body.',
    deprecationReason: 'Use membershipsConnection, which pages and counts.',
    // Deprecated plain list, sized for cost estimates: at most 2 seats per person today.
    listSize: 10,
  },
  connection: {
    type: () => MembershipConnection,
    description: 'Every seat the person has held (medlemskap), by body, paged (Relay).',
  },
  load: (person, context) => seatsOf(person, context),
});

export const PersonAgendaItemsResolver = listAndConnection({
  root: () => Person,
  name: 'presentedAgendaItems',
  list: {
    type: () => AgendaItem,
    description: 'Agenda items the person presented (presenterer saken), oldest first.',
    deprecationReason: 'Use presentedAgendaItemsConnection, which pages and counts.',
    // Deprecated plain list, sized for cost estimates: at most 3 items by one presenter today.
    listSize: 10,
  },
  connection: {
    type: () => AgendaItemConnection,
    description:
      'Agenda items the person presented (presenterer saken), oldest first, paged (Relay).',
  },
  load: (person, context) => presentedBy(person, context),
});
