import { rowBy, rowsBy, type Context } from '@ehelse/shared/graphql';
import { EffectNode } from './effect-node.entity';

const effectNodeByCodeLoader = rowBy(EffectNode, 'code');
const childrenOfEffectNodeLoader = rowsBy(EffectNode, 'parentCode', {
  order: { position: 'ASC' },
});

export const effectNodeByCode = (context: Context, code: string) =>
  context.loaders.of(effectNodeByCodeLoader).load(code);

export const childrenOfEffectNode = (context: Context, code: string) =>
  context.loaders.of(childrenOfEffectNodeLoader).load(code);
