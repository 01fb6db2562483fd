import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { publicData, listSize } from '@ehelse/shared/graphql';

@Entity('welfare_technology_programme')
@publicData()
@ObjectType({
  description: 'The national welfare technology programme (Nasjonalt velferdsteknologiprogram).',
})
export class WelfareTechnologyProgramme {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  @Field(() => ID, {
    description: 'Identifier (id) of the programme, e.g. "velferdsteknologiprogrammet".',
  })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Name (navn), "Velferdsteknologiprogrammet".' })
  name: string;

  @Column({ type: 'varchar', length: 400 })
  @Field({ description: 'Description (beskrivelse) as printed.' })
  description: string;

  @Column({ type: 'text' })
  @Field({
    description: 'Definition of welfare technology (definisjon av velferdsteknologi) as quoted.',
  })
  definition: string;

  // A short ordered list of this one row, never queried on its own.
  @Column({ name: 'technology_categories', type: 'simple-json' })
  @Field(() => [String], {
    description: 'Categories of welfare technology (teknologikategorier), in printed order.',
  })
  // Fixed by the document: 4 categories.
  @listSize(10)
  technologyCategories: string[];

  @Column({ name: 'directorate_role', type: 'varchar', length: 400 })
  @Field({ description: 'The directorate’s role (vår rolle) as printed.' })
  directorateRole: string;

  @Column({ name: 'project_id', type: 'varchar', length: 20, nullable: true })
  projectId: string | null;
}

@Entity('welfare_technology_assignment')
@publicData()
@ObjectType({
  description:
    'One of the five national assignments (nasjonale oppdrag) of the welfare technology programme.',
})
export class WelfareTechnologyAssignment {
  @PrimaryColumn({ name: 'programme_id', type: 'varchar', length: 60 })
  programmeId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Number (nummer), 1 to 5.' })
  number: number;

  // Composed from the row's key (programme, number): stable across requests.
  @Field(() => ID, {
    description: 'Identifier (id): programme and number, e.g. "velferdsteknologiprogrammet:1".',
  })
  get id(): string {
    return `${this.programmeId}:${this.number}`;
  }

  @Column({ type: 'varchar', length: 300 })
  @Field({ description: 'Title (oppdrag).' })
  title: string;

  @Column({ name: 'main_goal', type: 'varchar', length: 400 })
  @Field({ description: 'Main goal (hovedmål).' })
  mainGoal: string;
}
