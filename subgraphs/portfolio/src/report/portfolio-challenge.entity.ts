import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

@Entity('portfolio_challenge')
@publicData()
@ObjectType({
  description:
    'One of the main challenges (hovedutfordringer) of the portfolio, from its risk matrix.',
})
export class PortfolioChallenge {
  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Report year.' })
  year: number;

  @PrimaryColumn({ name: 'position', type: 'int' })
  @Field(() => Int, { description: 'Position in the report’s list.' })
  rank: number;

  @Column({ type: 'varchar', length: 300 })
  @Field({
    description:
      'Short title (utfordring): the leading noun phrase of the wording. Written for the API; the documents print no separate titles.',
  })
  title: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'The challenge as 003 prints it (October 2019), line breaks joined; every dated wording is in wordings.',
  })
  description: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Probability (sannsynlighet) as the risk matrix gives it; null, since the export lost the matrix positions (see the report’s riskAssessment).',
  })
  probability: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Consequence (konsekvens) as the risk matrix gives it; null, since the export lost the matrix positions (see the report’s riskAssessment).',
  })
  consequence: string | null;
}
