import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { MONEY } from '@ehelse/shared';

@Entity('funding_transfer')
@Index(['year', 'fromProjectId'])
@ObjectType({
  description:
    'Money one project passes on to another (intern overføring); counted in the cost distribution of both, so left out of the net total.',
})
export class FundingTransfer {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: 'Transfer number.' })
  id: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Budget year.' })
  year: number;

  @Column({ name: 'from_project_id', type: 'varchar', length: 20 })
  fromProjectId: string;

  @Index()
  @Column({ name: 'to_project_id', type: 'varchar', length: 20 })
  toProjectId: string;

  @Column(MONEY)
  @Field(() => Float, { description: 'Amount in MNOK.' })
  amount: number;
}
