import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { publicData, listSize } from '@ehelse/shared/graphql';

@Entity('strategy')
@publicData()
@ObjectType({
  description:
    'The national e-health strategy (nasjonal e-helsestrategi) presented to Nasjonalt e-helseråd in sak 36/22.',
})
export class Strategy {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  @Field(() => ID, {
    description: 'Identifier (id) of the strategy, e.g. "nasjonal-e-helsestrategi".',
  })
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
  // Fixed by the strategy document: 3 aims.
  @listSize(10)
  aims: string[];

  @Column({ name: 'target_groups', type: 'simple-json' })
  @Field(() => [String], {
    description:
      'Target groups (målgrupper): Helsepersonell and Innbygger, then the actors listed with them, in printed order.',
  })
  // Fixed by the strategy document: 10 target groups.
  @listSize(20)
  targetGroups: string[];

  @Column({ name: 'indicator_note', type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'How to read the example målindikatorer (the step years are not printed).',
  })
  indicatorNote: string | null;
}

@Entity('strategy_quote')
@publicData()
@ObjectType({ description: 'A voice of a target group (sitat fra målgruppe) in the strategy.' })
export class TargetGroupQuote {
  @PrimaryColumn({ name: 'strategy_id', type: 'varchar', length: 60 })
  strategyId: string;

  @PrimaryColumn({ type: 'int' })
  position: number;

  // Composed from the row's key (strategy, position): stable across requests.
  @Field(() => ID, {
    description: 'Identifier (id): strategy and position, e.g. "nasjonal-e-helsestrategi:1".',
  })
  get id(): string {
    return `${this.strategyId}:${this.position}`;
  }

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
@publicData()
@ObjectType({ description: 'A goal (mål) of the national e-health strategy, 1 to 5.' })
export class StrategyGoal {
  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Number (nummer), 1 to 5.' })
  number: number;

  // The number is the row's key; as a string it is the id client caches normalise by.
  @Field(() => ID, { description: 'Identifier (id): the goal number, e.g. "1".' })
  get id(): string {
    return String(this.number);
  }

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
