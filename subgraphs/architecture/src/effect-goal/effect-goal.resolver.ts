import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { IsNull } from 'typeorm';
import { isId, listSize, type Context } from '@ehelse/shared/graphql';
import { effectNodeByCode, effectNodesByParent } from './effect-goal.loaders';
import { EffectNode } from './effect-node.entity';

@Resolver(() => EffectNode)
export class EffectNodeResolver {
  @Query(() => [EffectNode], {
    description:
      'The effektområder of "Én innbygger – én journal", the roots of the effect-goal tree.',
  })
  // Fixed by the document: 2 effektområder.
  @listSize(5)
  effectAreas(@Ctx() { dataSource }: Context) {
    return dataSource
      .getRepository(EffectNode)
      .find({ where: { parentCode: IsNull() }, order: { position: 'ASC' } });
  }

  @Query(() => EffectNode, {
    nullable: true,
    description: 'One node of the effect-goal tree by its code, e.g. "1.2.1".',
  })
  effectNode(@Arg('code') code: string, @Ctx() context: Context) {
    // A code no row can have is answered like a missing one, without a query.
    return isId('code', code) ? context.loaders.of(effectNodeByCode).load(code) : null;
  }

  @FieldResolver(() => EffectNode, {
    nullable: true,
    description: 'The node above (overordnet); null for an effektområde.',
  })
  parent(@Root() node: EffectNode, @Ctx() context: Context) {
    return node.parentCode ? context.loaders.of(effectNodeByCode).load(node.parentCode) : null;
  }

  @FieldResolver(() => [EffectNode], {
    description: 'The nodes below (underliggende), in code order.',
  })
  // Fixed by the document: at most 4 children per node.
  @listSize(10)
  children(@Root() node: EffectNode, @Ctx() context: Context) {
    return context.loaders.of(effectNodesByParent).load(node.code);
  }
}
