import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import { AgendaItem } from '../meeting/agenda-item.entity';
import { agendaItemById } from '../meeting/meeting.loaders';
import { AgendaSubItem } from './agenda-sub-item.entity';
import { subItemsByAgendaItem } from './agenda-sub-item.loaders';

/** The field governance's sub-items add to AgendaItem, kept beside them (not in meeting/). */
@Resolver(() => AgendaItem)
export class AgendaItemSubItemsResolver {
  @FieldResolver(() => [AgendaSubItem], {
    description:
      'The numbered points (underpunkter) of the item, in printed order, e.g. the four orientations of 32/22; empty where none are printed.',
  })
  // Fixed by the documents: 4 points on 32/22, the most any item prints.
  @listSize(10)
  subItems(@Root() item: AgendaItem, @Ctx() { loaders }: Context) {
    return loaders.of(subItemsByAgendaItem).load(item.id);
  }
}

@Resolver(() => AgendaSubItem)
export class AgendaSubItemResolver {
  @FieldResolver(() => AgendaItem, { description: 'The agenda item (sak) the point belongs to.' })
  async agendaItem(@Root() subItem: AgendaSubItem, @Ctx() { loaders }: Context) {
    return loaders.of(agendaItemById).load(subItem.agendaItemId);
  }
}
