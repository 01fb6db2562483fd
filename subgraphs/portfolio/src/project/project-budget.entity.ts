import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';
import { MONEY } from '@ehelse/shared/db';

@Entity('project_budget')
@publicData()
@ObjectType({ description: 'A project’s budget for one year (budsjett), in MNOK.' })
export class ProjectBudget {
  @PrimaryColumn({ name: 'project_id', type: 'varchar', length: 20 })
  projectId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Budget year (budsjettår).' })
  year: number;

  @Column({ ...MONEY, nullable: true })
  @Field(() => Float, {
    nullable: true,
    description: 'Budget in MNOK; null when not reported (ikke rapportert).',
  })
  amount: number | null;
}
