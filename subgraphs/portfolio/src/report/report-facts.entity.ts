import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import { listSize, publicData } from '@ehelse/shared/graphql';

@Entity('portfolio_report_presentation')
@publicData()
@ObjectType({
  description:
    'A presentation (framlegg) of the portfolio report at a meeting, with the case reference (saksnummer) as the document prints it.',
})
export class PortfolioReportPresentation {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place in date order (rekkefølge), from 1.' })
  position: number;

  // Composed from the row's key: stable across requests.
  @Field(() => ID, { description: 'Identifier: report year and position, e.g. "2019:1".' })
  get id(): string {
    return `${this.year}:${this.position}`;
  }

  @Column({ type: 'varchar', length: 3 })
  @Field({ description: 'The source document (kildedokument), e.g. "004".' })
  document: string;

  @Column({ name: 'presented_on', type: 'varchar', length: 10 })
  @Field(() => GraphQLDate, {
    description:
      'Date of the meeting (møtedato). Where the section prints only the month (003, «Oktober 2019»), the day is inferred from elsewhere in the same document, and the note says so.',
  })
  presentedOn: string;

  @Column({ name: 'printed_reference', type: 'varchar', length: 60 })
  @Field({
    description:
      'The case reference (saksnummer) as printed with the table, e.g. "Sak 22/19"; 003 prints "Sak 24/19" (see note).',
  })
  printedReference: string;

  @Column({ name: 'agenda_item_id', type: 'varchar', length: 100, nullable: true })
  agendaItemId: string | null;

  @Column({ name: 'source_lines', type: 'varchar', length: 30 })
  @Field({ description: 'Lines (linjer) of the source document, e.g. "910–1239".' })
  lines: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Note (merknad): the meeting, where its date comes from when it is inferred, and contradictions between the documents.',
  })
  note: string | null;
}

@Entity('portfolio_risk_assessment')
@publicData()
@ObjectType({
  description:
    'How the portfolio’s main challenges were assessed (risikovurdering) in the risk matrix «Risikomatrise med hovedutfordringer i nasjonal portefølje» (document 003): the probability and consequence method as printed.',
})
export class PortfolioRiskAssessment {
  @PrimaryColumn({ type: 'int' })
  year: number;

  // One per report year: the year is its key.
  @Field(() => ID, { description: 'Identifier: the report year, e.g. "2019".' })
  get id(): string {
    return String(this.year);
  }

  @Column({ type: 'varchar', length: 3 })
  @Field({ description: 'The source document (kildedokument), "003".' })
  document: string;

  @Column({ name: 'source_lines', type: 'varchar', length: 30 })
  @Field({ description: 'Lines (linjer) of the source document, e.g. "1312–1356".' })
  lines: string;

  @Column({ name: 'matrix_title', type: 'varchar', length: 300 })
  @Field({ description: 'Title of the risk matrix (risikomatrise) as printed.' })
  matrixTitle: string;

  @Column({ name: 'consequence_axis_label', type: 'varchar', length: 100 })
  @Field({ description: 'The consequence axis label (konsekvensakse) as printed, "Konsekvens…".' })
  consequenceAxisLabel: string;

  @Column({ name: 'consequence_heading', type: 'varchar', length: 300 })
  @Field({
    description:
      'Heading of the consequence assessment (konsekvensvurdering) as printed: «Konsekvensvurdering for porteføljen som helhet».',
  })
  consequenceHeading: string;

  @Column({ name: 'consequence_basis', type: 'varchar', length: 300 })
  @Field({
    description:
      'What consequence was assessed against (konsekvenser for …), as printed above the five challenges.',
  })
  consequenceBasis: string;

  @Column({ name: 'probability_heading', type: 'varchar', length: 300 })
  @Field({ description: 'Heading of the probability assessment (sannsynlighetsvurdering).' })
  probabilityHeading: string;

  @Column({ name: 'probability_method', type: 'text' })
  @Field({
    description:
      'How probability (sannsynlighet) was assessed, as printed: by how many projects report risk in the risk area and how serious that risk is judged.',
  })
  probabilityMethod: string;

  @Column({ name: 'matrix_labels', type: 'simple-json' })
  @Field(() => [String], {
    description:
      'The bubble labels (challenge numbers) of the matrix in the order the export prints them; their positions are lost.',
  })
  // Fixed by the matrix: one bubble per main challenge, 5 in the seed; about twice that, 10.
  @listSize(10)
  matrixLabels: string[];

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Note (merknad): what the export lost (no scale is printed) and what 004 prints instead.',
  })
  note: string | null;
}

@Entity('portfolio_challenge_wording')
@publicData()
@ObjectType({
  description:
    'One wording (ordlyd) of a main challenge (hovedutfordring) as one document prints it, with its date: 004 (June 2019) and 003 (October 2019) word them differently.',
})
export class PortfolioChallengeWording {
  @PrimaryColumn({ type: 'int' })
  year: number;

  // Not named "rank": RANK is a reserved word in MySQL 8.
  @PrimaryColumn({ name: 'challenge_rank', type: 'int' })
  rank: number;

  @PrimaryColumn({ type: 'varchar', length: 3 })
  @Field({ description: 'The source document (kildedokument), "004" or "003".' })
  document: string;

  // Composed from the row's key: stable across requests.
  @Field(() => ID, {
    description: 'Identifier: report year, position and document, e.g. "2019:1:004".',
  })
  get id(): string {
    return `${this.year}:${this.rank}:${this.document}`;
  }

  @Column({ name: 'worded_on', type: 'varchar', length: 10 })
  @Field(() => GraphQLDate, {
    description:
      'Date of the meeting the document is from (møtedato), e.g. 2019-06-19. For 003 the day (24 October 2019) is inferred from the same document; its portfolio section prints only «Oktober 2019».',
  })
  date: string;

  @Column({ type: 'text' })
  @Field({ description: 'The challenge as printed (ordlyd), line breaks joined.' })
  text: string;

  @Column({ name: 'source_lines', type: 'varchar', length: 30 })
  @Field({ description: 'Lines (linjer) of the source document, e.g. "1206–1214".' })
  lines: string;
}
