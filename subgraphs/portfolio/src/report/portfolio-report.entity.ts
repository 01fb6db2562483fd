import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';
import { MONEY } from '@ehelse/shared/db';

@Entity('portfolio_report')
@publicData()
@ObjectType({
  description:
    'The portfolio report (porteføljerapport) as published, e.g. April 2019: the figures the document prints, shown beside what the API computes from the rows.',
})
export class PortfolioReport {
  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Budget year the report covers.' })
  year: number;

  @Column({ name: 'published_at', type: 'varchar', length: 10 })
  @Field({ description: 'When it was published, e.g. "2019-04".' })
  publishedAt: string;

  @Column({ name: 'project_count', type: 'int' })
  @Field(() => Int, {
    description: 'Published number of projects and programmes (antall prosjekter/programmer).',
  })
  projectCount: number;

  @Column({ name: 'previous_project_count', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The number in the previous report.' })
  previousProjectCount: number | null;

  @Column({ ...MONEY, name: 'reported_budget' })
  @Field(() => Float, {
    description:
      'Published reported budget in MNOK (rapportert budsjett), internal transfers excluded.',
  })
  reportedBudget: number;

  @Column({ ...MONEY, name: 'previous_reported_budget', nullable: true })
  @Field(() => Float, {
    nullable: true,
    description: 'The reported budget in the previous report.',
  })
  previousReportedBudget: number | null;

  @Column({ ...MONEY, name: 'estimated_budget', nullable: true })
  @Field(() => Float, {
    nullable: true,
    description: 'Published estimated budget in MNOK (estimert budsjett).',
  })
  estimatedBudget: number | null;

  @Column({ name: 'new_projects', type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Projects new in the portfolio (nye prosjekter).',
  })
  newProjects: number | null;

  @Column({ name: 'removed_projects', type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Projects that left the portfolio (gått ut av porteføljen).',
  })
  removedProjects: number | null;
}
