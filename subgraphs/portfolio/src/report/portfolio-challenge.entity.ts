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
  @Field({ description: 'The challenge (utfordring).' })
  title: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Explanation as printed.' })
  description: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Probability (sannsynlighet) as the risk matrix gives it.',
  })
  probability: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Consequence (konsekvens) as the risk matrix gives it.',
  })
  consequence: string | null;
}
