import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { isId, groupBy, listSize, type Context } from '@ehelse/shared';
import { Person } from '../person/person.entity';
import { OrganisationRef, organisationRef } from '../references/organisation-ref';
import { ProjectRef, projectRef } from '../references/project-ref';
import { AgendaItemPresenter } from './agenda-item-presenter.entity';
import { AgendaItemProject } from './agenda-item-project.entity';
import { AgendaItem } from './agenda-item.entity';
import { Meeting } from './meeting.entity';
import { meetingById } from './meeting.resolver';

export const agendaItemById = (context: Context, id: string) =>
  context.loaders.one(AgendaItem, 'id').load(id);

/** All presenters of many items in one statement (link joined with person), first-named first. */
function presentersOf(context: Context, agendaItemId: string) {
  return context.loaders
    .get<string, Person[]>('presentersOfAgendaItems', async (ids) => {
      const links = await context.dataSource
        .getRepository(AgendaItemPresenter)
        .createQueryBuilder('link')
        .innerJoinAndSelect('link.person', 'person')
        .where('link.agendaItemId IN (:...ids)', { ids: [...ids] })
        .orderBy('link.position', 'ASC')
        .getMany();
      return groupBy(links, ids, (link) => link.agendaItemId).map((group) =>
        group.map((link) => link.person),
      );
    })
    .load(agendaItemId);
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @Query(() => AgendaItem, {
    nullable: true,
    description: 'One agenda item (sak) by id, e.g. "30-22".',
  })
  agendaItem(
    @Arg('id', () => ID, { description: 'Agenda item id, e.g. "30-22".' }) id: string,
    @Ctx() context: Context,
  ) {
    // An id no agenda item can have is answered like a missing one, without a query.
    return isId('slug', id) ? agendaItemById(context, id) : null;
  }

  @FieldResolver(() => Meeting, { description: 'The meeting whose agenda the item is on.' })
  meeting(@Root() item: AgendaItem, @Ctx() context: Context) {
    return meetingById(context, item.meetingId);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'Who presents the item (presenterer saken), first named.',
  })
  async presenter(@Root() item: AgendaItem, @Ctx() context: Context) {
    const [first] = await presentersOf(context, item.id);
    return first ?? null;
  }

  // Bounded by the item: at most 2 presenters share one today (arena 2019, item 4).
  @listSize(5)
  @FieldResolver(() => [Person], { description: 'Everyone presenting the item, in printed order.' })
  presenters(@Root() item: AgendaItem, @Ctx() context: Context) {
    return presentersOf(context, item.id);
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
    const links = await loaders
      .many(AgendaItemProject, 'agendaItemId', { order: { projectId: 'ASC' } })
      .load(item.id);
    return links.map((link) => projectRef(link.projectId));
  }
}
