import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';

@Entity('strategy')
@ObjectType({
  description:
    'The national e-health strategy (nasjonal e-helsestrategi) presented to Nasjonalt e-helseråd in sak 36/22.',
})
export class Strategy {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Title (tittel), "Nasjonal e-helsestrategi".' })
  title: string;

  @Column({ type: 'varchar', length: 400 })
  @Field({ description: 'Vision (visjon).' })
  vision: string;

  // Short ordered lists that belong to this one row and are never queried on their own.
  @Column({ type: 'simple-json' })
  @Field(() => [String], {
    description: 'The three overarching aims (overordnede/strategiske mål), in printed order.',
  })
  aims: string[];

  @Column({ name: 'target_groups', type: 'simple-json' })
  @Field(() => [String], {
    description:
      'Target groups (målgrupper): Helsepersonell and Innbygger, then the actors listed with them, in printed order.',
  })
  targetGroups: string[];

  @Column({ name: 'indicator_note', type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'How to read the example målindikatorer (the step years are not printed).',
  })
  indicatorNote: string | null;
}

@Entity('strategy_quote')
@ObjectType({ description: 'A voice of a target group (sitat fra målgruppe) in the strategy.' })
export class TargetGroupQuote {
  @PrimaryColumn({ name: 'strategy_id', type: 'varchar', length: 60 })
  strategyId: string;

  @PrimaryColumn({ type: 'int' })
  position: number;

  @Column({ name: 'target_group', type: 'varchar', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The målgruppe it is attributed to; null where the attribution is unreadable.',
  })
  targetGroup: string | null;

  @Column({ type: 'varchar', length: 400 })
  @Field({ description: 'The quote (sitat).' })
  quote: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Transcriber’s note (merknad).' })
  note: string | null;
}

@Entity('strategy_goal')
@ObjectType({ description: 'A goal (mål) of the national e-health strategy, 1 to 5.' })
export class StrategyGoal {
  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Number (nummer), 1 to 5.' })
  number: number;

  @Index()
  @Column({ name: 'strategy_id', type: 'varchar', length: 60 })
  strategyId: string;

  @Column({ type: 'varchar', length: 300 })
  @Field({ description: 'Title (mål) in sentence case, e.g. "Enklere arbeidshverdag".' })
  title: string;

  @Column({ name: 'printed_title', type: 'varchar', length: 300 })
  @Field({ description: 'Title as printed, e.g. "MÅL 2: ENKLERE ARBEIDSHVERDAG".' })
  printedTitle: string;
}
