import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';
import { decimal } from '@ehelse/shared/db';

const MEASUREMENT = { type: 'decimal', precision: 12, scale: 2, transformer: decimal } as const;

@Entity('indicator')
@publicData()
@ObjectType({
  description:
    'A target indicator (målindikator) of a strategy goal, with its baseline and targets.',
})
export class Indicator {
  @PrimaryColumn({ type: 'int' })
  @Field(() => ID, { description: 'Identifier (id) of the målindikator, e.g. "1".' })
  id: number;

  @Index()
  @Column({ name: 'goal_number', type: 'int' })
  goalNumber: number;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Name (målindikator), e.g. "Målindikator 1".' })
  name: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'Unit (enhet), e.g. "%" or "av 7".' })
  unit: string | null;

  @Column({ ...MEASUREMENT, nullable: true })
  @Field(() => Float, {
    nullable: true,
    description: 'Current level (nåværende nivå); null where none is printed.',
  })
  baseline: number | null;

  @Column({ name: 'baseline_year', type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Year of the baseline; not printed in the source.',
  })
  baselineYear: number | null;

  @Column({ name: 'printed_baseline', type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'Baseline as printed, e.g. "18 %".' })
  printedBaseline: string | null;

  @Column({ name: 'is_example', type: 'boolean' })
  @Field({
    description:
      'Whether the indicator is an illustration (eksempel) rather than an adopted indicator.',
  })
  isExample: boolean;

  @Column({ name: 'introduced_at_step', type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Step at which the indicator is introduced ("ny"), when not from the start.',
  })
  introducedAtStep: number | null;
}

@Entity('indicator_target')
@publicData()
@ObjectType({ description: 'A target value (målverdi) of a målindikator at one step of the plan.' })
export class IndicatorTarget {
  @PrimaryColumn({ name: 'indicator_id', type: 'int' })
  indicatorId: number;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Step (trinn) in the printed order, 1 to 4.' })
  step: number;

  // Composed from the row's key (indicator, step): stable across requests.
  @Field(() => ID, { description: 'Identifier (id): indicator and step, e.g. "1:2".' })
  get id(): string {
    return `${this.indicatorId}:${this.step}`;
  }

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Year (år) of the step; not printed in the source.',
  })
  year: number | null;

  @Column(MEASUREMENT)
  @Field(() => Float, { description: 'Target value (målverdi), e.g. 40 for "40 %".' })
  value: number;

  @Column({ type: 'varchar', length: 20 })
  @Field({ description: 'The value as printed, e.g. "40 %" or "3/7".' })
  printed: string;
}
