import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import { EffectNode, type EffectNodeKind } from './effect-node.entity';

interface EffectNodeRow {
  code: string;
  name: string;
  kind: EffectNodeKind;
  children: EffectNodeRow[];
}

function flatten(
  nodes: EffectNodeRow[],
  parentCode: string | null,
): Omit<EffectNode, 'position' | 'id'>[] {
  return nodes.flatMap(({ code, name, kind, children }) => [
    { code, name, kind, parentCode },
    ...flatten(children, code),
  ]);
}

export async function seedEffectGoals(manager: EntityManager) {
  const nodes = flatten(dataFile<EffectNodeRow[]>('effect-goals.json'), null);
  await manager.insert(
    EffectNode,
    nodes.map((node, position) => ({ ...node, position })),
  );
}
