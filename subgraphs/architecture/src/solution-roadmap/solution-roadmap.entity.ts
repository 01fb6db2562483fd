import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

@Entity('roadmap_goal')
@publicData()
@ObjectType({
  description:
    'A goal (mål) of the roadmap for national e-health solutions (veikart for nasjonale e-helseløsninger), sak 35/22, with its 2023 activities.',
})
export class RoadmapGoal {
  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Position (nummer) in the printed table, 1 to 6.' })
  number: number;

  // The number is the row's key; as a string it is the id client caches normalise by.
  @Field(() => ID, { description: 'Identifier (id): the goal number, e.g. "1".' })
  get id(): string {
    return String(this.number);
  }

  @Column({ type: 'varchar', length: 300 })
  @Field({
    description:
      'The goal (mål) as printed, e.g. "Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)".',
  })
  title: string;

  @Column({ type: 'text' })
  @Field({ description: 'Objective (målsetning) as printed.' })
  objective: string;
}

@Entity('roadmap_activity')
@publicData()
@ObjectType({
  description:
    'One actor’s activity (tiltak/aktivitet) for 2023 under a roadmap goal, with its period.',
})
export class RoadmapActivity {
  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, {
    description: 'Row number (radnummer) over the whole table, in printed order.',
  })
  id: number;

  @Index()
  @Column({ name: 'goal_number', type: 'int' })
  goalNumber: number;

  @Index()
  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Row group (sektor), e.g. "Spesialisthelsetjenesten"; null when none is printed.',
  })
  sector: string | null;

  @Column({ name: 'actor_text', type: 'varchar', length: 200 })
  @Field({ description: 'Actor (aktør) as printed, e.g. "Helse Vest" or "Fastleger".' })
  actorText: string;

  @Index()
  @Column({ name: 'organisation_id', type: 'varchar', length: 100, nullable: true })
  organisationId: string | null;

  @Column({ type: 'text' })
  @Field({ description: 'The activity for 2023 (aktivitet 2023) as printed.' })
  activity: string;

  @Column({ name: 'period_from', type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'First year of the period (fra); null when open or not printed.',
  })
  periodFrom: number | null;

  @Column({ name: 'period_to', type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Last year of the period (til); null when open or not printed.',
  })
  periodTo: number | null;

  @Column({ name: 'period_text', type: 'varchar', length: 40, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The period as printed, e.g. "2021 → 2024", "→ 2023" or "Løpende".',
  })
  periodText: string | null;
}

/** An organisation an activity names ("Direktoratet for e-helse / NHN" names two). */
@Entity('roadmap_activity_organisation')
export class RoadmapActivityOrganisation {
  @PrimaryColumn({ name: 'activity_id', type: 'int' })
  activityId: number;

  @Index()
  @PrimaryColumn({ name: 'organisation_id', type: 'varchar', length: 100 })
  organisationId: string;

  @Column({ type: 'int' })
  position: number;
}
