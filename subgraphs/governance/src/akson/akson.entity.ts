import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import { listSize, publicData, valueObject } from '@ehelse/shared/graphql';

/** The one assessment the documents print: the Akson pre-project's under 20/19 (004). */
export const AKSON_ASSESSMENT_ID = 'akson';

/** Which list of the ministry's assignment a task belongs to. */
export enum AksonTaskList {
  ADDITIONAL = 'ADDITIONAL',
  DEPENDENCY = 'DEPENDENCY',
}

@Entity('akson_assessment')
@publicData()
@ObjectType({
  description:
    'The Akson pre-project (forprosjekt for helhetlig samhandling og felles kommunal journal) as presented to Nasjonalt e-helsestyre under 20/19: the ministry’s assignment and additional tasks (tilleggsoppgaver), the risk table and the ownership models (eierskapsmodeller) with their criteria, verbatim.',
})
export class AksonAssessment {
  @PrimaryColumn({ type: 'varchar', length: 50 })
  @Field(() => ID, { description: 'E.g. "akson".' })
  id: string;

  @Column({ type: 'varchar', length: 300 })
  @Field({
    description:
      'What is assessed (prosjekt), e.g. "Akson – forprosjekt for helhetlig samhandling og felles kommunal journal".',
  })
  title: string;

  @Column({ name: 'agenda_item_id', type: 'varchar', length: 100 })
  agendaItemId: string;

  @Column({ name: 'milestone_plan_id', type: 'varchar', length: 50, nullable: true })
  milestonePlanId: string | null;

  @Column({ type: 'text' })
  @Field({
    description:
      'The assignment (oppdrag, bakgrunn) from the Ministry of Health and Care Services (HOD), as printed.',
  })
  assignment: string;

  @Column({ name: 'assignment_date', type: 'varchar', length: 10 })
  @Field(() => GraphQLDate, {
    description: 'Date of the ministry’s assignment (oppdragsdato), 2019-04-26 as printed.',
  })
  assignmentDate: string;

  @Column({ name: 'risk_table_title', type: 'varchar', length: 300 })
  @Field({
    description:
      'Title of the slide with the risk table, as printed: "Prosjektet har en svært stram tidsplan".',
  })
  riskTableTitle: string;

  @Column({ name: 'ownership_question', type: 'text' })
  @Field({
    description:
      'What the pre-project is to assess about ownership (eierskapsmodell for tjenesteleverandør), as printed.',
  })
  ownershipQuestion: string;

  // A short ordered list of this one row, never queried on its own.
  @Column({ name: 'ownership_guidelines', type: 'simple-json' })
  // Fixed by the document: 3 guidelines (føringer) in 004.
  @listSize(5)
  @Field(() => [String], {
    description: 'Guidelines from the assignment letter (føringer fra oppdragsbrevet), as printed.',
  })
  ownershipGuidelines: string[];

  @Column({ name: 'ownership_guidelines_source', type: 'varchar', length: 300 })
  @Field({ description: 'The source (kilde) printed under the guidelines.' })
  ownershipGuidelinesSource: string;

  @Column({ name: 'ownership_models_title', type: 'varchar', length: 300 })
  @Field({
    description:
      'Title of the ownership models slide, as printed: "Tre hovedmodeller for eierskap til journalløsningen i drift og forvaltning".',
  })
  ownershipModelsTitle: string;

  @Column({ name: 'ownership_criteria_title', type: 'varchar', length: 300 })
  @Field({
    description:
      'Title of the criteria table, as printed: "Mulige kriterier for valg av eierskapsmodell".',
  })
  ownershipCriteriaTitle: string;
}

@Entity('akson_task')
@publicData()
@ObjectType({
  description: valueObject(
    'A numbered task in the ministry’s assignment to the Akson pre-project: an additional task (tilleggsoppgave) or a requirement on dependencies to the e-health portfolio (avhengigheter).',
  ),
})
export class AksonTask {
  @PrimaryColumn({ name: 'assessment_id', type: 'varchar', length: 50 })
  assessmentId: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  list: AksonTaskList;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Number (nummer) as printed, from 1.' })
  number: number;

  @Column({ type: 'text' })
  @Field({ description: 'The task (oppgave) as printed, without the bold markup.' })
  text: string;

  @Column({ type: 'simple-json' })
  // Fixed by the document: at most 3 phrases in bold in one task (dependency requirement 1).
  @listSize(5)
  @Field(() => [String], {
    description: 'The phrases printed in bold (uthevet) within the task, in order.',
  })
  highlighted: string[];
}

@Entity('akson_risk')
@publicData()
@ObjectType({
  description: valueObject(
    'A row of the Akson pre-project’s risk table (risiko) with its risk-reducing measures (risikoreduserende tiltak), as printed.',
  ),
})
export class AksonRisk {
  @PrimaryColumn({ name: 'assessment_id', type: 'varchar', length: 50 })
  assessmentId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place in the table (rekkefølge), from 1.' })
  position: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description:
      'The number in the "#" column, 1 to 7; null for the first row of general measures, which has none.',
  })
  number: number | null;

  @Column({ type: 'varchar', length: 500 })
  @Field({ description: 'The "Risiko" column as printed.' })
  risk: string;

  @Column({ type: 'simple-json' })
  // Fixed by the document: at most 6 measures in one row (the general row).
  @listSize(10)
  @Field(() => [String], {
    description:
      'The "Risikoreduserende tiltak" column, one measure per entry as printed; empty where the row prints none (risk 7).',
  })
  mitigations: string[];
}

@Entity('akson_ownership_model')
@publicData()
@ObjectType({
  description: valueObject(
    'One of the three main ownership models (hovedmodeller for eierskap) of the record system in operation and maintenance; 004 prints only their names, no assessment against the criteria.',
  ),
})
export class AksonOwnershipModel {
  @PrimaryColumn({ name: 'assessment_id', type: 'varchar', length: 50 })
  assessmentId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Number (nummer) as printed, 1 to 3.' })
  number: number;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Name as printed, e.g. "Staten som eier".' })
  name: string;
}

@Entity('akson_ownership_criterion')
@publicData()
@ObjectType({
  description: valueObject(
    'A possible criterion for choosing the ownership model (kriterium for valg av eierskapsmodell), with its short description (kort beskrivelse), as printed.',
  ),
})
export class AksonOwnershipCriterion {
  @PrimaryColumn({ name: 'assessment_id', type: 'varchar', length: 50 })
  assessmentId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place in the table (rekkefølge), from 1.' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'The criterion (kriterium), e.g. "Finansieringsansvar".' })
  name: string;

  @Column({ type: 'text' })
  @Field({ description: 'Its short description (kort beskrivelse), a question, as printed.' })
  description: string;
}
