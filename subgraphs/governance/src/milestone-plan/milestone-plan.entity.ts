import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

/** The one plan the documents print: the Akson pre-project's (004, sak 20/19). */
export const AKSON_PLAN_ID = 'akson';

@Entity('milestone_plan')
@publicData()
@ObjectType({
  description:
    'A milestone plan (milepælsplan) with the meetings of the bodies that follow it, e.g. the Akson pre-project.',
})
export class MilestonePlan {
  @PrimaryColumn({ type: 'varchar', length: 50 })
  @Field(() => ID, { description: 'E.g. "akson".' })
  id: string;

  @Column({ type: 'varchar', length: 300 })
  @Field({
    description:
      'What the plan is for (prosjekt), e.g. "Akson – forprosjekt for helhetlig samhandling og felles kommunal journal".',
  })
  title: string;

  @Column({ type: 'varchar', length: 300 })
  @Field({ description: 'Where the plan is printed (kilde).' })
  source: string;
}
