import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

@Entity('action_plan')
@publicData()
@ObjectType({
  description:
    'The 2012 action plan (handlingsplan) "Handlingsplan mot 2013": its four målbilder, its risk factors (risikofaktorer) and its measures (tiltak), document 000.',
})
export class ActionPlan {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  @Field(() => ID, { description: 'Identifier (id) of the plan, "handlingsplan-mot-2013".' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Title (tittel) as printed, "Handlingsplan mot 2013".' })
  title: string;
}

@Entity('action_plan_risk_factor')
@publicData()
@ObjectType({
  description: 'A risk factor (risikofaktor) of "Handlingsplan mot 2013", as printed.',
})
export class ActionPlanRiskFactor {
  @PrimaryColumn({ name: 'plan_id', type: 'varchar', length: 60 })
  planId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, {
    description: 'Place in the printed list (rekkefølge), from 1; the slide prints no numbers.',
  })
  number: number;

  // Composed from the row's key (plan, number): stable across requests.
  @Field(() => ID, {
    description: 'Identifier (id): plan and place, e.g. "handlingsplan-mot-2013:risikofaktor:1".',
  })
  get id(): string {
    return `${this.planId}:risikofaktor:${this.number}`;
  }

  @Column({ type: 'varchar', length: 400 })
  @Field({ description: 'The risk factor (risikofaktor) as printed, e.g. "Leverandørkapasitet".' })
  text: string;
}

@Entity('action_plan_measure')
@publicData()
@ObjectType({
  description:
    'A measure (tiltak) of "Handlingsplan mot 2013" against its risk factors, as printed. Not a Felles grunnmur Measure.',
})
export class ActionPlanMeasure {
  @PrimaryColumn({ name: 'plan_id', type: 'varchar', length: 60 })
  planId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, {
    description: 'Place in the printed list (rekkefølge), from 1; the slide prints no numbers.',
  })
  number: number;

  // Composed from the row's key (plan, number): stable across requests.
  @Field(() => ID, {
    description: 'Identifier (id): plan and place, e.g. "handlingsplan-mot-2013:tiltak:1".',
  })
  get id(): string {
    return `${this.planId}:tiltak:${this.number}`;
  }

  @Column({ type: 'varchar', length: 400 })
  @Field({
    description:
      'The measure (tiltak) as printed, lines joined, e.g. "Dialog med leverandørene – …".',
  })
  text: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Transcriber’s note (merknad), e.g. that the text is cut off in the source.',
  })
  note: string | null;
}
