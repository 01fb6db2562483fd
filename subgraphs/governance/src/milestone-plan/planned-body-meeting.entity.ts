import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';
import { GraphQLDate } from 'graphql-scalars';

@Entity('planned_body_meeting')
@Index(['planId', 'date'])
@publicData()
@ObjectType({
  description:
    'A meeting of a body (prosjektstyre, KommIT-rådet, e-helsestyre, arbeidsgruppe) scheduled in a milestone plan (møteplan).',
})
export class PlannedBodyMeeting {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  @Field(() => ID, { description: 'Plan, body and date, e.g. "akson:kommit-radet:2019-09-13".' })
  id: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 50 })
  planId: string;

  @Column({ name: 'council_id', type: 'varchar', length: 100 })
  councilId: string;

  @Column({ name: 'meets_on', type: 'varchar', length: 10 })
  @Field(() => GraphQLDate, {
    description: 'Date of the meeting (møtedato); the year is inferred from the plan period.',
  })
  date: string;

  @Column({ name: 'date_printed', type: 'varchar', length: 20 })
  @Field({ description: 'The date as printed, e.g. "13.9".' })
  datePrinted: string;
}
