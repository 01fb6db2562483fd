import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { isId, listSize, type Context } from '@ehelse/shared/graphql';
import { Person } from '../person/person.entity';
import {
  OrganisationRef,
  ProjectRef,
  organisationRef,
  projectRef,
} from '../references/references.types';
import { AgendaItem } from './agenda-item.entity';
import { Meeting } from './meeting.entity';
import {
  agendaItemById,
  meetingById,
  presentersByAgendaItem,
  projectLinksByAgendaItem,
} from './meeting.loaders';

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @Query(() => AgendaItem, {
    nullable: true,
    description: 'One agenda item (sak) by id, e.g. "30-22".',
  })
  agendaItem(
    @Arg('id', () => ID, { description: 'Agenda item id, e.g. "30-22".' }) id: string,
    @Ctx() { loaders }: Context,
  ) {
    // An id no agenda item can have is answered like a missing one, without a query.
    return isId('slug', id) ? loaders.of(agendaItemById).load(id) : null;
  }

  @FieldResolver(() => Meeting, { description: 'The meeting whose agenda the item is on.' })
  meeting(@Root() item: AgendaItem, @Ctx() { loaders }: Context) {
    return loaders.of(meetingById).load(item.meetingId);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'Who presents the item (presenterer saken), first named.',
  })
  async presenter(@Root() item: AgendaItem, @Ctx() { loaders }: Context) {
    const [first] = await loaders.of(presentersByAgendaItem).load(item.id);
    return first ?? null;
  }

  // Bounded by the item: at most 2 presenters share one today (arena 2019, item 4).
  @listSize(5)
  @FieldResolver(() => [Person], { description: 'Everyone presenting the item, in printed order.' })
  presenters(@Root() item: AgendaItem, @Ctx() { loaders }: Context) {
    return loaders.of(presentersByAgendaItem).load(item.id);
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description:
      'The organisation printed under the presenter (aktør), e.g. Direktoratet for e-helse.',
  })
  presenterOrganisation(@Root() item: AgendaItem) {
    return item.presenterOrganisationId ? organisationRef(item.presenterOrganisationId) : null;
  }

  // Bounded by the item: at most 1 project per item today, so 3 with a margin (writes allow
  // more, rarely used; the estimate is an assumption, the answer is never cut).
  @listSize(3)
  @FieldResolver(() => [ProjectRef], {
    description: 'Portfolio projects the item concerns (prosjekter), by id.',
  })
  async projects(@Root() item: AgendaItem, @Ctx() { loaders }: Context) {
    const links = await loaders.of(projectLinksByAgendaItem).load(item.id);
    return links.map((link) => projectRef(link.projectId));
  }
}
