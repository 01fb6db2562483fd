import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import { listSize, publicData, valueObject } from '@ehelse/shared/graphql';

/** A group of consultation respondents as the summary lists them. */
@publicData()
@ObjectType({
  description: valueObject(
    'A group of respondents (høringsinstanser) in a consultation summary, e.g. "KOMMUNE, KS".',
  ),
})
export class ConsultationRespondentGroup {
  @Field({ description: 'The group’s name as printed, e.g. "RHF/HELSEFORETAK".' })
  name: string;

  // Fixed by the document: at most 8 respondents in one group (KOMMUNE, KS in 33/22).
  @listSize(20)
  @Field(() => [String], {
    description: 'The respondents (høringsinstanser) as printed, in printed order.',
  })
  respondents: string[];
}

/**
 * A public consultation (høring) presented under an agenda item, with its numbers as printed:
 * 33/22's input on digital security to the white paper on health preparedness.
 */
@Entity('agenda_item_consultation')
@publicData()
@ObjectType({
  description: valueObject(
    'A public consultation (høring) presented under an agenda item: deadlines, the challenges and focus areas proposed, the questions asked and who answered, verbatim.',
  ),
})
export class AgendaItemConsultation {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'varchar', length: 100 })
  agendaItemId: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  @Field(() => GraphQLDate, {
    nullable: true,
    description:
      'Consultation deadline (høringsfrist), e.g. 2022-09-09; the year is inferred where only day.month is printed.',
  })
  deadline: string | null;

  @Column({ name: 'deadline_printed', type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'The deadline as printed, e.g. "9.9".' })
  deadlinePrinted: string | null;

  @Column({ name: 'submission_deadline', type: 'varchar', length: 10, nullable: true })
  @Field(() => GraphQLDate, {
    nullable: true,
    description:
      'Deadline for sending the result on to the ministry (frist til HOD), e.g. 2022-10-15; the year is inferred.',
  })
  submissionDeadline: string | null;

  @Column({ name: 'submission_deadline_printed', type: 'varchar', length: 20, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The submission deadline as printed, e.g. "15.10".',
  })
  submissionDeadlinePrinted: string | null;

  @Column({ name: 'responses_received', type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description:
      'Responses received (mottatt høringssvar) as the summary prints the number, e.g. 25; the groups may name fewer.',
  })
  responsesReceived: number | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'The assignment (oppdrag) quoted on the slide in «…», without the quotation marks.',
  })
  assignment: string | null;

  @Column({ type: 'simple-json' })
  // Fixed by the document: 6 challenges in 33/22.
  @listSize(10)
  @Field(() => [String], {
    description: 'The challenges taken as the basis (utfordringsbildet), as printed.',
  })
  challenges: string[];

  @Column({ name: 'focus_areas', type: 'simple-json' })
  // Fixed by the document: 6 focus areas in 33/22 ("seks innsatsområder").
  @listSize(10)
  @Field(() => [String], {
    description:
      'The focus areas proposed (foreslåtte innsatsområder), as printed, in the order of the text export.',
  })
  focusAreas: string[];

  @Column({ type: 'simple-json' })
  // Fixed by the document: 4 questions in 33/22.
  @listSize(10)
  @Field(() => [String], {
    description:
      'What the consultation asked (hva vi ønsket svar på i høringen), in printed order; the printed number is the place in the list.',
  })
  questions: string[];

  @Column({ name: 'respondent_groups', type: 'simple-json' })
  // Fixed by the document: 4 groups of respondents in 33/22.
  @listSize(10)
  @Field(() => [ConsultationRespondentGroup], {
    description: 'Who answered (høringsinstanser), by group as printed.',
  })
  respondentGroups: ConsultationRespondentGroup[];
}
