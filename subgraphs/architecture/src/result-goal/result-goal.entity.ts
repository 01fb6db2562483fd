import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

@Entity('result_goal')
@publicData()
@ObjectType({
  description:
    'A result goal (resultatmål) of the Felles grunnmur roadmap (veikart, December 2018), e.g. "RM3".',
})
@Directive('@key(fields: "code")')
export class ResultGoal {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  @Field({ description: 'Code (kode), "RM1" to "RM7".' })
  code: string;

  // Equal to the key, so client caches normalise resultatmål without keyFields.
  @Field(() => ID, { description: 'Identifier (id): the code, e.g. "RM3".' })
  get id(): string {
    return this.code;
  }

  @Column({ type: 'varchar', length: 300 })
  @Field({
    description:
      'The resultatmål statement as printed; for RM6 (no tiltak listed) the area heading.',
  })
  title: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Area heading (område) of the milestone table, e.g. "Grunndata".' })
  area: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Description (beskrivelse); null, as the plan prints none.',
  })
  description: string | null;

  @Column({ type: 'int' })
  position: number;
}
