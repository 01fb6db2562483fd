import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

@Entity('measure')
@publicData()
@ObjectType({ description: 'A measure (tiltak) of the Felles grunnmur roadmap, e.g. "RM3-T4".' })
@Directive('@key(fields: "code")')
export class Measure {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  @Field({ description: 'Code (kode), e.g. "RM5-T3.1".' })
  code: string;

  // Equal to the key, so client caches normalise tiltak without keyFields.
  @Field(() => ID, { description: 'Identifier (id): the code, e.g. "RM3-T4".' })
  get id(): string {
    return this.code;
  }

  @Index()
  @Column({ name: 'result_goal_code', type: 'varchar', length: 10 })
  resultGoalCode: string;

  @Index()
  @Column({ name: 'milestone_code', type: 'varchar', length: 10, nullable: true })
  milestoneCode: string | null;

  @Column({ type: 'varchar', length: 400 })
  @Field({ description: 'Title (tiltak) as printed.' })
  title: string;

  @Index()
  @Column({ name: 'responsible_organisation_id', type: 'varchar', length: 100, nullable: true })
  responsibleOrganisationId: string | null;

  @Column({ name: 'responsible_text', type: 'varchar', length: 100 })
  @Field({
    description:
      'Responsible (ansvarlig) as printed, e.g. "Direktoratet/NHN", "MF Helse" or "?"; or as last assigned by an admin.',
  })
  responsibleText: string;

  @Column({ name: 'is_new', type: 'boolean' })
  @Field({ description: 'New (nytt) in the 2020 roadmap: HelseID and Risikoløft for grunndata.' })
  isNew: boolean;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Transcriber’s note (merknad), e.g. that the title is cut off in the source.',
  })
  note: string | null;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int, {
    description: 'Version (versjon) for optimistic concurrency; grows with every accepted change.',
  })
  version: number;
}
