import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import { documentTextByKey } from '../documents/document-text.loaders';
import { Organisation } from '../organisation/organisation.entity';
import { organisationById } from '../organisation/organisation.loaders';
import { CouncilRef, councilRef } from '../references/council.ref';
import { ActorGroup, ActorGroupMember, ActorMap } from './actor-map.entity';
import { membersByGroup } from './initiative.loaders';
import { NationalInitiative } from './national-initiative.entity';

@Resolver(() => NationalInitiative)
export class NationalInitiativeResolver {
  @Query(() => [NationalInitiative], {
    description:
      'The large national e-health initiatives (nasjonale satsninger på eHelse) the 2012 slides list (document 000, l. 1–23), in printed order. The slide prints only their names and ends «Og mange flere..»: the list is not complete.',
  })
  // Fixed by the slide: 10 initiatives in the seed (the slide says there are more); about twice that, 20.
  @listSize(20)
  nationalInitiatives(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(NationalInitiative).find({ order: { position: 'ASC' } });
  }
}

@Resolver(() => ActorGroup)
export class ActorMapResolver {
  @Query(() => ActorMap, {
    nullable: true,
    description:
      'The 2012 actor map (aktørkart) «Mange aktører og interessenter» (document 000, l. 24–135): its groups and the actors assigned to each, the assignment inferred from the export’s order (see ActorGroup.membershipNote); null before the documents are loaded.',
  })
  async actorMap(@Ctx() { dataSource, loaders }: Context): Promise<ActorMap | null> {
    const [heading, groups] = await Promise.all([
      loaders.of(documentTextByKey).load('actor-map.heading'),
      dataSource.getRepository(ActorGroup).find({ order: { position: 'ASC' } }),
    ]);
    return heading ? { heading: heading.text, line: heading.line, groups } : null;
  }

  @FieldResolver(() => [ActorGroupMember], {
    description:
      'The actors (aktører) assigned to the group, in printed order. The assignment is an inference from the export’s order (see membershipNote).',
  })
  // Fixed by the slide: the largest group (Myndigheter) prints 10; about twice that, 20.
  @listSize(20)
  actors(@Root() group: ActorGroup, @Ctx() { loaders }: Context) {
    return loaders.of(membersByGroup).load(group.position);
  }
}

@Resolver(() => ActorGroupMember)
export class ActorGroupMemberResolver {
  @FieldResolver(() => Organisation, {
    nullable: true,
    description:
      'The organisation (virksomhet) the actor is; null for councils and generic groups such as "Kommuner".',
  })
  organisation(@Root() member: ActorGroupMember, @Ctx() { loaders }: Context) {
    return member.organisationId ? loaders.of(organisationById).load(member.organisationId) : null;
  }

  @FieldResolver(() => CouncilRef, {
    nullable: true,
    description:
      'The governance body (organ) the actor is, where governance holds it: eHelsegruppen, Samarbeidsrådet, KS-IKT; null for organisations and generic groups.',
  })
  council(@Root() member: ActorGroupMember) {
    return councilRef(member.councilId);
  }
}
