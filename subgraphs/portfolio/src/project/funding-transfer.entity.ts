import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';
import { MONEY } from '@ehelse/shared/db';

/**
 * The SQL condition of a transfer that still counts: a reversed one is kept (the trail of
 * money is never deleted) but left out of every total and of what a project has left.
 */
export const STANDING_TRANSFER = 'reversed_at IS NULL';

@Entity('funding_transfer')
@Index(['year', 'fromProjectId'])
@publicData()
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

  @Column({ name: 'reversed_at', type: 'varchar', length: 30, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'When an admin reversed it (tilbakeført), ISO 8601 UTC; null while it stands. A reversed transfer counts in no total.',
  })
  reversedAt: string | null;

  @Column({ name: 'reversal_reason', type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was reversed (begrunnelse).' })
  reversalReason: string | null;
}
