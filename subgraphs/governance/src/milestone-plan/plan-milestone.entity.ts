import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';
import { GraphQLDate } from 'graphql-scalars';

@Entity('plan_milestone')
@publicData()
@ObjectType({
  description: 'A milestone (milepæl) of a milestone plan, e.g. MP1 of the Akson pre-project.',
})
export class PlanMilestone {
  @PrimaryColumn({ name: 'plan_id', type: 'varchar', length: 50 })
  planId: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  @Field({ description: 'Code (milepæl), e.g. "MP1".' })
  code: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Place in the plan, from 1.' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Title; "Milepæl N" where the plan prints none.' })
  title: string;

  @Column({ name: 'due_on', type: 'varchar', length: 10 })
  @Field(() => GraphQLDate, {
    description: 'Due date (dato); the year is inferred where only day.month is printed.',
  })
  date: string;

  @Column({ name: 'date_printed', type: 'varchar', length: 20 })
  @Field({ description: 'The date as printed, e.g. "28.6".' })
  datePrinted: string;

  @Column({ type: 'text' })
  @Field({ description: 'Expected result (resultat), one point per line.' })
  result: string;
}
