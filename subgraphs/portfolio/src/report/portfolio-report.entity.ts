import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';
import { MONEY } from '@ehelse/shared/db';
import { GraphQLDate } from 'graphql-scalars';

@Entity('portfolio_report')
@publicData()
@ObjectType({
  description:
    'The portfolio report (porteføljerapport) of a year, e.g. the portfolio as of April 2019: the figures the documents print, shown beside what the API computes from the rows.',
})
export class PortfolioReport {
  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Budget year the report covers.' })
  year: number;

  @Column({ name: 'published_at', type: 'varchar', length: 10 })
  @Field({
    description:
      'The month the portfolio figures describe, e.g. "2019-04" («Nasjonal portefølje for april 2019»); not a publication date.',
    deprecationReason:
      'The documents print no publication date: "2019-04" is the month the figures describe. Use asOfMonth, lastUpdated and presentations.',
  })
  publishedAt: string;

  @Field({
    description:
      'The month the portfolio figures describe (status per måned), e.g. "2019-04" from «Nasjonal portefølje for april 2019 består av:» (003 l. 398, 004 l. 994).',
  })
  get asOfMonth(): string {
    return this.publishedAt;
  }

  @Column({ name: 'last_updated', type: 'varchar', length: 10, nullable: true })
  @Field(() => GraphQLDate, {
    nullable: true,
    description:
      'When the portfolio table was last updated (sist oppdatert), e.g. 2019-05-23: 003 l. 419 prints «Sis t oppdater 23.05.2019», OCR for "Sist oppdatert".',
  })
  lastUpdated: string | null;

  @Column({ name: 'project_count', type: 'int' })
  @Field(() => Int, {
    description: 'Published number of projects and programmes (antall prosjekter/programmer).',
  })
  projectCount: number;

  @Column({ name: 'previous_project_count', type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description:
      'A number the report prints without a label beside the project count (50 beside 52).',
    deprecationReason:
      'The documents print this number without a label; "previous" is an inference. Use projectCountUnlabelled.',
  })
  previousProjectCount: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'A number printed without a label under the project count (50: 003 l. 414, printed after the three labelled figures; 004 l. 1000, under «Antall prosjekter/programmer: 52»). The documents do not say what it is. Inference, not printed: the count of an earlier report, since 50 + 5 new − 3 removed = 52.',
  })
  get projectCountUnlabelled(): number | null {
    return this.previousProjectCount;
  }

  @Column({ ...MONEY, name: 'reported_budget' })
  @Field(() => Float, {
    description:
      'Published reported budget in MNOK (rapportert budsjett), internal transfers excluded.',
  })
  reportedBudget: number;

  @Column({ ...MONEY, name: 'previous_reported_budget', nullable: true })
  @Field(() => Float, {
    nullable: true,
    description:
      'A number the report prints without a label beside the reported budget (1302 beside 1515).',
    deprecationReason:
      'The documents print this number without a label; "previous" is an inference. Use reportedBudgetUnlabelled.',
  })
  previousReportedBudget: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'A number printed without a label under the reported budget in MNOK (1302: 003 l. 416, printed after the three labelled figures; 004 l. 1008, under 1515). The documents do not say what it is. Inference, not printed: the reported budget of an earlier report, read like the unlabelled 50 beside the project count.',
  })
  get reportedBudgetUnlabelled(): number | null {
    return this.previousReportedBudget;
  }

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
