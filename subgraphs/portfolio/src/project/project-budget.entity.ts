import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';
import { MONEY } from '@ehelse/shared/db';

@Entity('project_budget')
// Covering: the summary's count and sum of the year's budgets read the index alone (migration 1733300000001).
@Index('IDX_project_budget_year_amount', ['year', 'amount'])
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
