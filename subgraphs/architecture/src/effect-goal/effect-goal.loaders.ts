import { rowBy, rowsBy } from '@ehelse/shared/graphql';
import { EffectNode } from './effect-node.entity';

/** A node of the effect-goal tree by its code, e.g. "1.2.1"; null where none exists. */
export const effectNodeByCode = rowBy(EffectNode, 'code');

/** The nodes below each node (by the parent's code), in code order. */
export const effectNodesByParent = rowsBy(EffectNode, 'parentCode', {
  order: { position: 'ASC' },
});
