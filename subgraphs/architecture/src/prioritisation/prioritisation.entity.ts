import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { GraphQLDate } from 'graphql-scalars';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { publicData, listSize } from '@ehelse/shared/graphql';
import { decimal } from '@ehelse/shared/db';

/** Sheet cells: scores 0–10 and their sums up to 30, with two decimals printed at most. */
const SCORE = { type: 'decimal', precision: 6, scale: 2, transformer: decimal } as const;

export enum CriterionAggregation {
  MEAN = 'MEAN',
}
registerEnumType(CriterionAggregation, {
  name: 'CriterionAggregation',
  description: 'How a criterion group combines its children (aggregering).',
  valuesConfig: {
    MEAN: { description: 'Gjennomsnitt as Excel’s AVERAGE: blank and text cells are ignored.' },
  },
});

@Entity('prioritisation_round')
@publicData()
@ObjectType({
  description:
    'A prioritisation (prioritering) of tiltak by scoring them on a criteria tree, e.g. the 2022 sheet of eleven tiltak.',
})
export class PrioritisationRound {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  @Field(() => ID, { description: 'Id, e.g. "nasjonalt-e-helserad-2022".' })
  id: string;

  @Column({ type: 'varchar', length: 300 })
  @Field({ description: 'Title (tittel); the sheet itself is headed "Samlet".' })
  title: string;

  @Column({ name: 'meeting_date', type: 'varchar', length: 10, nullable: true })
  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'Date of the meeting (møtedato) the round was presented at.',
  })
  meetingDate: string | null;

  @Column({ name: 'meeting_number', type: 'varchar', length: 10, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Number of the meeting (møtenummer), e.g. "5/22".',
  })
  meetingNumber: string | null;

  @Column({ name: 'score_formula', type: 'text' })
  @Field({ description: 'The scoring formula (formel) in words.' })
  scoreFormula: string;
}

@Entity('prioritisation_criterion')
@publicData()
@ObjectType({
  description:
    'A criterion (kriterium) of the prioritisation: a group such as Nytte, or a scored question.',
})
export class PrioritisationCriterion {
  @PrimaryColumn({ name: 'round_id', type: 'varchar', length: 60 })
  roundId: string;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  @Field({
    description:
      'Code (kode), e.g. "nytte.pasient.pasientsikkerhet"; the codes are the transcriber’s.',
  })
  code: string;

  // Codes repeat per round; with the round they are unique and stable across requests.
  @Field(() => ID, {
    description: 'Identifier (id): round and code, e.g. "nasjonalt-e-helserad-2022:kostnader".',
  })
  get id(): string {
    return `${this.roundId}:${this.code}`;
  }

  @Column({ name: 'parent_code', type: 'varchar', length: 60, nullable: true })
  parentCode: string | null;

  @Column({ type: 'varchar', length: 300 })
  @Field({ description: 'Name or question (kriterium) as the sheet prints it.' })
  name: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  @Field(() => CriterionAggregation, {
    nullable: true,
    description: 'How the group combines its children; null for a scored question (leaf).',
  })
  aggregation: CriterionAggregation | null;

  @Column({ ...SCORE, nullable: true })
  @Field(() => Float, {
    nullable: true,
    description: 'Weight (vekt); null, as the sheet prints none (groups count equally).',
  })
  weight: number | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Explanation (forklaring), e.g. the cost scale "10 lite kompleks - 0 ekstremt komplekst".',
  })
  description: string | null;

  // A short list of wordings of this one criterion, never queried on its own.
  @Column({ name: 'printed_variants', type: 'simple-json' })
  @Field(() => [String], {
    description: 'Other wordings of the criterion on some sheets (varianter).',
  })
  // Fixed by the sheets: at most 1 variant per criterion.
  @listSize(5)
  printedVariants: string[];

  @Column({ type: 'int' })
  position: number;
}

@Entity('prioritisation_candidate')
@Index(['roundId', 'position'])
export class PrioritisationCandidate {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ name: 'round_id', type: 'varchar', length: 60 })
  roundId: string;

  /** Order in the data: the summary's candidates first, then the other sheet columns. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 100 })
  sheet: string;

  @Column({ name: 'sheet_column', type: 'varchar', length: 100 })
  sheetColumn: string;

  /** Whether the summary (Samlet) lists it; only those are ranked. */
  @Column({ name: 'in_summary', type: 'boolean' })
  inSummary: boolean;

  @Column({ name: 'summary_order', type: 'int', nullable: true })
  summaryOrder: number | null;

  @Column({ ...SCORE, name: 'printed_score', nullable: true })
  printedScore: number | null;

  @Column({ name: 'printed_score_text', type: 'varchar', length: 40, nullable: true })
  printedScoreText: string | null;

  @Column({ name: 'printed_rank', type: 'int', nullable: true })
  printedRank: number | null;

  @Column({ name: 'printed_sheet_rank', type: 'int', nullable: true })
  printedSheetRank: number | null;
}

/** One input cell: a nullable number plus the text of a non-numeric cell; never a zero for a blank. */
@Entity('candidate_value')
export class CandidateValue {
  @PrimaryColumn({ name: 'candidate_id', type: 'int' })
  candidateId: number;

  @PrimaryColumn({ name: 'criterion_code', type: 'varchar', length: 60 })
  criterionCode: string;

  @Column({ ...SCORE, nullable: true })
  value: number | null;

  @Column({ name: 'raw_text', type: 'varchar', length: 300, nullable: true })
  rawText: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}

/** A group cell as the sheet printed it: a number, or an error text such as "#DIV/0!". */
@Entity('candidate_printed_group_score')
export class CandidatePrintedGroupScore {
  @PrimaryColumn({ name: 'candidate_id', type: 'int' })
  candidateId: number;

  @PrimaryColumn({ name: 'criterion_code', type: 'varchar', length: 60 })
  criterionCode: string;

  @Column({ ...SCORE, nullable: true })
  value: number | null;

  @Column({ name: 'printed_text', type: 'varchar', length: 40, nullable: true })
  printedText: string | null;
}
