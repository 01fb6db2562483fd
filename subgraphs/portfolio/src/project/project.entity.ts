import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';
import { ProjectPhase, StatusColour } from './project-enums';

@Entity('project')
@publicData()
@ObjectType({
  description: 'A project or programme (prosjekt/program) in the national e-health portfolio.',
})
@Directive('@key(fields: "id")')
export class Project {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  @Field(() => ID, { description: 'Portfolio id (ID i porteføljen), e.g. "107".' })
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 300 })
  @Field({ description: 'Name (prosjekt-/programnavn).' })
  name: string;

  @Index()
  @Column({ name: 'responsible_organisation_id', type: 'varchar', length: 100 })
  responsibleOrganisationId: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Project or programme leader (prosjekt-/programleder).',
  })
  leader: string | null;

  @Index()
  @Column({ type: 'varchar', length: 20 })
  @Field(() => ProjectPhase, { description: 'Phase (fase), as last reported.' })
  phase: ProjectPhase;

  @Index()
  @Column({ type: 'varchar', length: 10, nullable: true })
  @Field(() => StatusColour, {
    nullable: true,
    description: 'Status colour (status), null when not reported.',
  })
  status: StatusColour | null;

  @Index()
  @Column({ name: 'priority_category', type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Priority category (prioriteringskategori), 1 or 2.',
  })
  priorityCategory: number | null;

  @Index()
  @Column({ name: 'focus_area_code', type: 'varchar', length: 10 })
  focusAreaCode: string;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int, {
    description: 'Version for optimistic concurrency; grows with every accepted change.',
  })
  version: number;
}
