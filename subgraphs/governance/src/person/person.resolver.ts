import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  ConnectionType,
  PageArgs,
  connectionOf,
  containsPattern,
  pageOf,
  type Context,
} from '@ehelse/shared';
import { AgendaItemPresenter } from '../meeting/agenda-item-presenter.entity';
import { AgendaItem } from '../meeting/agenda-item.entity';
import { agendaItemsLinkedBy } from '../meeting/linked-agenda-items';
import { Membership } from '../membership/membership.entity';
import { membershipsBy } from '../membership/memberships-by';
import { Person } from './person.entity';
import { searchName } from './search-name';

export const PersonConnection = ConnectionType('Person', Person, 'A page of people, by name.');

export const personById = (context: Context, id: string) =>
  context.loaders.one(Person, 'id').load(id);

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by id, e.g. "rune-simensen".' })
  person(
    @Arg('id', () => ID, { description: 'Person id (slug), e.g. "rune-simensen".' }) id: string,
    @Ctx() context: Context,
  ) {
    return personById(context, id);
  }

  @Query(() => PersonConnection, {
    description:
      'People named in the governance documents, by name (Relay); search ignores case and accents (æ = ae).',
  })
  async people(
    @Args() pageArgs: PageArgs,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Text the name contains, e.g. "dunsæd".',
    })
    search: string | undefined,
    @Ctx() { dataSource }: Context,
  ) {
    const page = pageOf(pageArgs);
    const pattern = search ? containsPattern('search', searchName(search)) : undefined;
    const matching = () => {
      const query = dataSource.getRepository(Person).createQueryBuilder('person');
      if (pattern) query.where(`person.searchName LIKE :pattern ESCAPE '!'`, { pattern });
      return query;
    };
    const [nodes, totalCount] = await Promise.all([
      matching()
        .orderBy('person.searchName', 'ASC')
        .addOrderBy('person.id', 'ASC')
        .offset(page.offset)
        .limit(page.limit)
        .getMany(),
      matching().getCount(),
    ]);
    return connectionOf(nodes, page, totalCount);
  }

  @FieldResolver(() => [Membership], {
    description: 'Every seat the person has held (medlemskap), by body.',
  })
  memberships(@Root() person: Person, @Ctx() context: Context) {
    return membershipsBy(context, 'personId', person.id);
  }

  @FieldResolver(() => [AgendaItem], {
    description: 'Agenda items the person presented (presenterer saken), oldest first.',
  })
  presentedAgendaItems(@Root() person: Person, @Ctx() context: Context) {
    return agendaItemsLinkedBy(context, AgendaItemPresenter, 'personId', person.id);
  }
}
