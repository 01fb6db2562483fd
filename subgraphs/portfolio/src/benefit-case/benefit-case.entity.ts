import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import { MONEY } from '@ehelse/shared/db';
import { listSize, publicData, valueObject } from '@ehelse/shared/graphql';

@publicData()
@ObjectType({
  description: valueObject(
    'A printed column heading (kolonneoverskrift) of a table, with a reading where OCR garbled it.',
  ),
})
export class PrintedColumn {
  @Field({ description: 'The heading as printed (som trykket), e.g. "Dataklider involvert".' })
  printed: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The heading with obvious OCR noise cleaned (lesning), e.g. "Datakilder involvert"; null where the printed heading is kept as it is.',
  })
  reading: string | null;
}

@publicData()
@ObjectType({
  description: valueObject(
    'A footnote or statement as printed (som trykket), with the line (linje) of the source document where it is printed.',
  ),
})
export class PrintedLine {
  @Field({
    description:
      'The text as printed (tekst), e.g. "*Netto skattevirkning er inkludert i nåverdiberegningene".',
  })
  text: string;

  @Field(() => Int, { description: 'Line (linje) of the source document.' })
  line: number;
}

@publicData()
@ObjectType({
  description: valueObject(
    'A rating (vurdering) on a benefit card, its printed label and value, e.g. "STRATEGISK VIKTIGHET" "HØY".',
  ),
})
export class BenefitRating {
  @Field({ description: 'What is rated (kriterium) as printed, e.g. "KAUSALITET HDP".' })
  label: string;

  @Field({ description: 'The rating (vurdering) as printed, e.g. "MIDDELS".' })
  value: string;
}

@Entity('benefit_case')
@publicData()
@ObjectType({
  description:
    'A benefit case (gevinstgrunnlag) of a portfolio programme as presented to a meeting: the socio-economic analysis (samfunnsøkonomisk analyse), its figures, the benefits (gevinster) and the baseline measurements (nullpunktsmålinger). Today the Helsedataprogrammet case of Sak 23/19 (document 004).',
})
export class BenefitCase {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  @Field(() => ID, { description: 'Stable identifier, e.g. "helsedataprogrammet-2019".' })
  id: string;

  @Column({ name: 'project_id', type: 'varchar', length: 20 })
  projectId: string;

  @Column({ type: 'varchar', length: 3 })
  @Field({ description: 'The source document (kildedokument), "004".' })
  document: string;

  @Column({ name: 'source_lines', type: 'varchar', length: 30 })
  @Field({ description: 'Lines (linjer) of the source document, e.g. "1246–1478".' })
  lines: string;

  @Column({ name: 'case_reference', type: 'varchar', length: 30 })
  @Field({ description: 'The case (sak) it was presented under, as printed: "Sak 23/19".' })
  caseReference: string;

  @Column({ name: 'agenda_item_id', type: 'varchar', length: 100, nullable: true })
  agendaItemId: string | null;

  @Column({ name: 'presented_on', type: 'varchar', length: 10 })
  @Field(() => GraphQLDate, { description: 'Date of the meeting (møtedato), 2019-06-19.' })
  presentedOn: string;

  @Column({ name: 'printed_title', type: 'varchar', length: 200 })
  @Field({
    description:
      'The case title as printed (tittel), typo included: "Helsesdataprogrammet" (for Helsedataprogrammet).',
  })
  printedTitle: string;

  @Column({ type: 'simple-json' })
  @Field(() => [String], { description: 'The case’s agenda (agenda), in printed order.' })
  // Fixed by the slide: 4 points in the seed; about twice that, 10.
  @listSize(10)
  agenda: string[];

  @Column({ name: 'slide_headings', type: 'simple-json' })
  @Field(() => [String], {
    description: 'The headings (overskrifter) of the case’s slides, in printed order.',
  })
  // Fixed by the case: 12 slide headings in the seed; about twice that, 25.
  @listSize(25)
  slideHeadings: string[];

  @Column({ name: 'most_profitable_concept', type: 'int' })
  @Field(() => Int, {
    description:
      'The concept (konsept) the net present value calculations found most profitable for society: 7.',
  })
  mostProfitableConcept: number;

  @Column({ type: 'varchar', length: 400 })
  @Field({
    description:
      'The finding as printed: «Nåverdiberegningene viste at konsept 7 er det samfunnsøkonomisk mest lønnsomme alternativet».',
  })
  finding: string;

  @Column({ name: 'tax_notes', type: 'simple-json' })
  @Field(() => [PrintedLine], {
    description:
      'The footnotes on taxes (skattevirkninger) as printed, in printed order, with their lines: «*Netto skattevirkning er inkludert i nåverdiberegningene» under two slides and «*Skattevirkninger er inkludert i nåverdiberegningene» under a third.',
  })
  // Fixed by the case: 3 footnotes printed in the seed; about twice that, 10.
  @listSize(10)
  taxNotes: PrintedLine[];

  @Column({ name: 'figures_heading', type: 'varchar', length: 300 })
  @Field({
    description:
      'The heading of the op-ed (kronikk) pasted on the slide that the figures follow in the export, «Kronikk: Livene vi ikke redder». That the figures belong to the op-ed is an inference from the export order, not printed (see figuresPlacementNote).',
  })
  figuresHeading: string;

  @Column({ name: 'figures_heading_line', type: 'int' })
  @Field(() => Int, {
    description: 'Line (linje) of the source document where figuresHeading is printed.',
  })
  figuresHeadingLine: number;

  @Column({ name: 'figures_placement_note', type: 'text' })
  @Field({
    description:
      'Note (merknad) on where the figures stand: the headings above them with their lines, and why their placement (op-ed or slide) is an inference.',
  })
  figuresPlacementNote: string;

  @Column({ name: 'lives_saved', type: 'int' })
  @Field(() => Int, {
    description: 'Lives saved (sparte liv) that cover the investment in concept 7: 24.',
  })
  livesSaved: number;

  @Column({ name: 'lives_statement', type: 'varchar', length: 300 })
  @Field({
    description: 'The statement as printed: «24 sparte liv dekker investeringen i konsept 7».',
  })
  livesStatement: string;

  @Column({ name: 'lives_statement_line', type: 'int' })
  @Field(() => Int, {
    description: 'Line (linje) of the source document where livesStatement is printed.',
  })
  livesStatementLine: number;

  @Column({ name: 'baseline_heading', type: 'varchar', length: 300 })
  @Field({
    description:
      'Heading of the baseline table (nullpunktsmålinger) as printed: "Gjennomføre nullpunktsmålninger".',
  })
  baselineHeading: string;

  @Column({ name: 'baseline_line', type: 'int' })
  baselineLine: number;

  @Column({ name: 'baseline_columns', type: 'simple-json' })
  @Field(() => [PrintedColumn], {
    description: 'The column headings of the baseline table (kolonner), in printed order.',
  })
  // Fixed by the table: 12 columns in the seed; about twice that, 25.
  @listSize(25)
  baselineColumns: PrintedColumn[];
}

@Entity('benefit_case_figure')
@publicData()
@ObjectType({
  description:
    'A figure (nøkkeltall) of a benefit case in billions of NOK (MRD), with its printed label, e.g. 360 MRD "Norges totale helseutgifter i 2018".',
})
export class BenefitCaseFigure {
  @PrimaryColumn({ name: 'case_id', type: 'varchar', length: 60 })
  caseId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place in printed order (rekkefølge), from 1.' })
  position: number;

  // Composed from the row's key: stable across requests.
  @Field(() => ID, {
    description: 'Identifier: case and position, e.g. "helsedataprogrammet-2019:1".',
  })
  get id(): string {
    return `${this.caseId}:${this.position}`;
  }

  @Column({ ...MONEY })
  @Field(() => Float, { description: 'The amount (beløp) in the unit, e.g. 1860 for "1 860 MRD".' })
  amount: number;

  @Column({ type: 'varchar', length: 20 })
  @Field({ description: 'The unit (enhet) as printed: "MRD" (milliarder kroner).' })
  unit: string;

  @Column({ type: 'varchar', length: 40 })
  @Field({ description: 'The figure as printed (som trykket), e.g. "1 860 MRD".' })
  printed: string;

  @Column({ type: 'varchar', length: 300 })
  @Field({ description: 'Its label as printed (betegnelse).' })
  label: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'The year (år) the label names, e.g. 2018.' })
  year: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Line (linje) of the source document.' })
  line: number;
}

@Entity('benefit_case_benefit')
@publicData()
@ObjectType({
  description:
    'A benefit (gevinst) card of a benefit case, as printed: ratings, description, benefit owner, indicators, measurement and the deliveries that contribute.',
})
export class BenefitCaseBenefit {
  @PrimaryColumn({ name: 'case_id', type: 'varchar', length: 60 })
  caseId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place in printed order (rekkefølge), from 1.' })
  position: number;

  // Composed from the row's key: stable across requests.
  @Field(() => ID, {
    description: 'Identifier: case and position, e.g. "helsedataprogrammet-2019:benefit:1".',
  })
  get id(): string {
    return `${this.caseId}:benefit:${this.position}`;
  }

  @Column({ type: 'simple-json' })
  @Field(() => [BenefitRating], {
    description: 'The ratings (vurderinger) at the top of the card, in printed order.',
  })
  // Fixed by the card: 4 ratings in the seed; about twice that, 10.
  @listSize(10)
  ratings: BenefitRating[];

  @Column({ type: 'varchar', length: 400 })
  @Field({ description: 'Description (BESKRIVELSE) as printed.' })
  description: string;

  @Column({ name: 'benefit_owner', type: 'varchar', length: 400 })
  @Field({ description: 'Benefit owner (GEVINSTANSVARLIG) as printed.' })
  benefitOwner: string;

  @Column({ type: 'simple-json' })
  @Field(() => [String], { description: 'Indicators (INDIKATORER), in printed order.' })
  // Fixed by the card: 3 indicators in the seed; about twice that, 10.
  @listSize(10)
  indicators: string[];

  @Column({ type: 'simple-json' })
  @Field(() => [String], { description: 'Measurement (MÅLING), in printed order.' })
  // Fixed by the card: 2 sources in the seed; about twice that, 5.
  @listSize(5)
  measurement: string[];

  @Column({ name: 'contributing_deliveries', type: 'simple-json' })
  @Field(() => [String], {
    description:
      'Deliveries that contribute (LEVERANSER SOM BIDRAR TIL GEVINST), in printed order.',
  })
  // Fixed by the card: 9 delivery areas in the seed; about twice that, 20.
  @listSize(20)
  contributingDeliveries: string[];

  @Column({ type: 'varchar', length: 200 })
  @Field({
    description:
      'The benefit potential (gevinstpotensial) as printed: "GEVINSTPOTENSIAL (IKKE KVANTIFISERT)".',
  })
  potential: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Line (linje) of the source document where the card starts.' })
  line: number;
}

@Entity('benefit_case_baseline_row')
@publicData()
@ObjectType({
  description:
    'A row of the baseline table (nullpunktsmåling) of a benefit case: one data application (søknad om data) to a register, cells as printed (truncated names included).',
})
export class BenefitCaseBaselineRow {
  @PrimaryColumn({ name: 'case_id', type: 'varchar', length: 60 })
  caseId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place in the table (rad), from 1.' })
  position: number;

  // Composed from the row's key (the printed "#" repeats, so the position is the key).
  @Field(() => ID, {
    description: 'Identifier: case and row, e.g. "helsedataprogrammet-2019:baseline:1".',
  })
  get id(): string {
    return `${this.caseId}:baseline:${this.position}`;
  }

  @Column({ name: 'case_number', type: 'varchar', length: 20 })
  @Field({ description: 'Column "#" as printed, e.g. "2019033"; not unique in the table.' })
  number: string;

  @Column({ name: 'register_or_installation', type: 'varchar', length: 60 })
  @Field({
    description:
      'Column «Uthyt av register / Installasjon» as printed, e.g. "NPR". The heading has no reading; the field is named after its printed words, not after what the column means.',
  })
  registerOrInstallation: string;

  @Column({ name: 'project_number', type: 'varchar', length: 30 })
  @Field({ description: 'Column «Prosjekt nr» (prosjektnummer), e.g. "09/1384".' })
  projectNumber: string;

  @Column({ name: 'project_name', type: 'varchar', length: 300 })
  @Field({
    description: 'Column «Prosjekt navn» (prosjektnavn) as printed, truncated where printed so.',
  })
  projectName: string;

  @Column({ name: 'application_with', type: 'varchar', length: 60 })
  @Field({
    description:
      'Column «Søknad med» as printed, e.g. "Forskning" or "Helsever" (truncated as printed). The heading has no reading; the field is named after its printed words (søknad med, "application with"), not after what the column means.',
  })
  applicationWith: string;

  @Column({ name: 'application_type', type: 'varchar', length: 30 })
  @Field({ description: 'Column «Type søknad» (søknadstype) as printed, e.g. "63-6".' })
  applicationType: string;

  @Column({ name: 'data_sources', type: 'varchar', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Column «Dataklider involvert» (datakilder) as printed, e.g. "MoBa undersøkelsen".',
  })
  dataSources: string | null;

  @Column({ name: 'data_source_count', type: 'int' })
  @Field(() => Int, { description: 'Column «Antall dataklider involvert» (antall datakilder).' })
  dataSourceCount: number;

  @Column({ name: 'linkage_design', type: 'varchar', length: 60, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Column «Koblingsdesign» as printed, e.g. "distribuert"; null where blank.',
  })
  linkageDesign: string | null;

  @Column({ name: 'delivery_type', type: 'varchar', length: 60, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Column «Type utlevering» (utleveringstype) as printed, e.g. "Engangsutlevering".',
  })
  deliveryType: string | null;

  @Column({ name: 'approval_date', type: 'varchar', length: 10, nullable: true })
  @Field(() => GraphQLDate, {
    nullable: true,
    description:
      'Column «Data for REX godkjenning» (read: dato for REK-godkjenning); null where blank.',
  })
  approvalDate: string | null;

  @Column({ name: 'first_application_date', type: 'varchar', length: 10, nullable: true })
  @Field(() => GraphQLDate, {
    nullable: true,
    description:
      'Column «Data for mottak av første søknad» (read: dato for mottak av første søknad); null where blank.',
  })
  firstApplicationDate: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Line (linje) of the source document.' })
  line: number;
}
