import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

@Entity('focus_area_priority_group')
@publicData()
@ObjectType({
  description:
    'A group of innsatsområder in NUIT’s strategic prioritisation (strategisk prioritering av innsatsområder), ranked by nytte, alvorlighet and avhengigheter.',
})
export class FocusAreaPriorityGroup {
  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Year (år) the prioritisation applies to, e.g. 2020.' })
  year: number;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Priority (prioritet), 1 = highest.' })
  priority: number;

  // Composed from the row's key (year, priority): stable across requests.
  @Field(() => ID, { description: 'Identifier (id): year and priority, e.g. "2020:1".' })
  get id(): string {
    return `${this.year}:${this.priority}`;
  }

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Name of the group (gruppe), e.g. "Legemiddelområdet".' })
  name: string;
}

/** An innsatsområde placed in a priority group; the code is the portfolio's FocusArea key. */
@Entity('focus_area_priority_member')
export class FocusAreaPriorityMember {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @Index()
  @PrimaryColumn({ name: 'focus_area_code', type: 'varchar', length: 10 })
  focusAreaCode: string;

  @Column({ type: 'int' })
  priority: number;

  @ManyToOne(() => FocusAreaPriorityGroup)
  @JoinColumn([
    { name: 'year', referencedColumnName: 'year' },
    { name: 'priority', referencedColumnName: 'priority' },
  ])
  group: FocusAreaPriorityGroup;
}
