import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

export enum EffectNodeKind {
  EFFECT_AREA = 'EFFECT_AREA',
  EFFECT = 'EFFECT',
  EFFECT_GOAL = 'EFFECT_GOAL',
}
registerEnumType(EffectNodeKind, {
  name: 'EffectNodeKind',
  description: 'Level in the effect-goal tree of "Én innbygger – én journal".',
  valuesConfig: {
    EFFECT_AREA: { description: 'Effektområde, e.g. "1".' },
    EFFECT: { description: 'Effekt, e.g. "1.2".' },
    EFFECT_GOAL: { description: 'Effektmål, e.g. "1.2.1".' },
  },
});

@Entity('effect_node')
@publicData()
@ObjectType({
  description:
    'A node of the effect-goal tree of "Én innbygger – én journal" (effektområde → effekt → effektmål).',
})
export class EffectNode {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  @Field({ description: 'Code (kode), e.g. "1.2.1" (printed with a trailing dot).' })
  code: string;

  // The code is unique over the tree, so it serves as the id client caches normalise by.
  @Field(() => ID, { description: 'Identifier (id): the code, e.g. "1.2.1".' })
  get id(): string {
    return this.code;
  }

  @Index()
  @Column({ name: 'parent_code', type: 'varchar', length: 10, nullable: true })
  parentCode: string | null;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => EffectNodeKind, { description: 'Level (nivå) in the tree.' })
  kind: EffectNodeKind;

  @Column({ type: 'varchar', length: 300 })
  @Field({ description: 'Name (navn) as printed.' })
  name: string;

  @Column({ type: 'int' })
  position: number;
}
