import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { listSize, publicData } from '@ehelse/shared/graphql';
import { decimal } from '@ehelse/shared/db';

@Entity('felles_grunnmur_needs')
@publicData()
@ObjectType({
  description:
    'What Felles grunnmur (the common foundation) needs in 2020 (behovet i 2020), as presented to Nasjonalt e-helsestyre in sak 21/19 (document 004): tiltak, investment need (investeringsbehov), consequences of postponement (konsekvenser av utsatte tiltak) and implementation models (gjennomføringsansvar).',
})
export class FellesGrunnmurNeeds {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  @Field(() => ID, { description: 'Identifier (id), "felles-grunnmur-2020".' })
  id: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'The year the needs are for (år), 2020.' })
  year: number;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'The slide heading (overskrift) as printed, "Hva er behovet i 2020?".' })
  heading: string;

  @Column({ name: 'agenda_item_ids', type: 'simple-json' })
  agendaItemIds: string[];

  @Column({ name: 'measures_statement', type: 'varchar', length: 400 })
  @Field({
    description:
      'The statement on the tiltak as printed, "Totalt 25 tiltak i veikartet for 2020, fem av disse var anbefalt gjennomført i 2019".',
  })
  measuresStatement: string;

  @Column({ name: 'planned_measure_count', type: 'int' })
  @Field(() => Int, {
    description: 'Number of tiltak in the roadmap for 2020 (antall tiltak), 25.',
  })
  plannedMeasureCount: number;

  @Column({ name: 'recommended_for_2019_count', type: 'int' })
  @Field(() => Int, {
    description:
      'How many of them were recommended for 2019 (anbefalt gjennomført i 2019), 5. The documents do not say which.',
  })
  recommendedFor2019Count: number;

  @Column({ name: 'investment_statement', type: 'varchar', length: 400 })
  @Field({
    description:
      'The statement on the investment need (investeringsbehov) as printed, with its asterisk.',
  })
  investmentStatement: string;

  @Column({
    name: 'investment_need_mnok',
    type: 'decimal',
    precision: 12,
    scale: 2,
    nullable: true,
    transformer: decimal,
  })
  @Field(() => Float, {
    nullable: true,
    description: 'The total investment need for 2020 (investeringsbehov) in MNOK, 200.',
  })
  investmentNeedMnok: number | null;

  @Column({ name: 'investment_need_approximate', type: 'boolean' })
  @Field({ description: 'Whether the amount is approximate (omtrent), as printed: true.' })
  investmentNeedApproximate: boolean;

  @Column({ name: 'investment_footnote', type: 'varchar', length: 400, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'The footnote (fotnote) to the amount as printed: PKT is left out because it has its own financing process.',
  })
  investmentFootnote: string | null;

  @Column({ name: 'investment_excluded_project_id', type: 'varchar', length: 20, nullable: true })
  investmentExcludedProjectId: string | null;

  @Column({ name: 'implementation_statement', type: 'varchar', length: 400 })
  @Field({
    description:
      'What implementation requires (gjennomføring krever …) as printed, including its question.',
  })
  implementationStatement: string;

  @Column({ name: 'postponement_heading', type: 'varchar', length: 200 })
  @Field({
    description:
      'The heading of the consequences as printed, "Konsekvenser av utsatte tiltak i Felles grunnmur:".',
  })
  postponementHeading: string;

  // Short ordered lists that belong to this one row and are never queried on their own.
  @Column({ name: 'postponement_consequences', type: 'simple-json' })
  @Field(() => [String], {
    description:
      'The consequences of postponed tiltak (konsekvenser av utsatte tiltak), in printed order.',
  })
  // Fixed by the 004 slide: 4 consequences.
  @listSize(10)
  postponementConsequences: string[];

  @Column({ name: 'priority_heading', type: 'varchar', length: 200 })
  @Field({
    description:
      'The heading of the preliminary priorities as printed, "Foreløpig vurdering av tiltak som bør prioriteres:".',
  })
  priorityHeading: string;

  @Column({ name: 'continued_heading', type: 'varchar', length: 200 })
  @Field({ description: 'The heading as printed, "Forventes videreført i 2020".' })
  continuedHeading: string;

  @Column({ name: 'portfolio_selection_heading', type: 'varchar', length: 200 })
  @Field({ description: 'The heading as printed, "Utvalg av tiltak i nasjonal portefølje".' })
  portfolioSelectionHeading: string;

  @Column({ name: 'portfolio_selection', type: 'simple-json' })
  @Field(() => [String], {
    description:
      'The selection of initiatives in the national portfolio (utvalg av tiltak i nasjonal portefølje) that could carry Felles grunnmur tiltak, as printed, ending in "....." (the list is open).',
  })
  // Fixed by the 004 slide: 9 entries.
  @listSize(20)
  portfolioSelection: string[];

  @Column({ name: 'portfolio_selection_question', type: 'varchar', length: 200 })
  @Field({
    description:
      'The question printed with the selection, "Hvordan utnytte tiltakene til å realisere Felles grunnmur?".',
  })
  portfolioSelectionQuestion: string;

  @Column({ name: 'implementation_models_heading', type: 'varchar', length: 200 })
  @Field({
    description: 'The heading of the implementation models as printed, "Gjennomføringsansvar".',
  })
  implementationModelsHeading: string;

  @Column({ name: 'implementation_models_note', type: 'varchar', length: 400 })
  @Field({
    description:
      'The sentence printed below the models (I alle modellene …): the directorate supports all of them.',
  })
  implementationModelsNote: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Transcriber’s note (merknad): where it is printed, and how the repetition in sak 22/19 differs.',
  })
  note: string | null;
}

/** Link: the tiltak of the needs, in plan order (the 25 of the roadmap for 2020). */
@Entity('felles_grunnmur_needs_measure')
export class FellesGrunnmurNeedsMeasure {
  @PrimaryColumn({ name: 'needs_id', type: 'varchar', length: 60 })
  needsId: string;

  @Index()
  @PrimaryColumn({ name: 'measure_code', type: 'varchar', length: 20 })
  measureCode: string;

  @Column({ type: 'int' })
  position: number;
}

@Entity('felles_grunnmur_priority')
@publicData()
@ObjectType({
  description:
    'An area of the preliminary assessment of tiltak that should be prioritised (foreløpig vurdering av tiltak som bør prioriteres), e.g. "Grunndata".',
})
export class FellesGrunnmurPriority {
  @PrimaryColumn({ name: 'needs_id', type: 'varchar', length: 60 })
  needsId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place in the printed list (rekkefølge), from 1.' })
  position: number;

  // Composed from the row's key (needs, position): stable across requests.
  @Field(() => ID, { description: 'Identifier (id), e.g. "felles-grunnmur-2020:prioritet:1".' })
  get id(): string {
    return `${this.needsId}:prioritet:${this.position}`;
  }

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: 'The area (område) as printed, e.g. "HelseID".' })
  area: string;

  @Column({ name: 'result_goal_code', type: 'varchar', length: 10, nullable: true })
  resultGoalCode: string | null;

  @Column({ type: 'simple-json' })
  @Field(() => [String], { description: 'What should be prioritised, as printed, in order.' })
  // Fixed by the 004 slide: at most 3 per area.
  @listSize(10)
  items: string[];
}

@Entity('felles_grunnmur_continuation')
@publicData()
@ObjectType({
  description:
    'Work expected to continue in 2020 (forventes videreført i 2020), e.g. "Program Kodeverk og Terminologi – Felles språk".',
})
export class FellesGrunnmurContinuation {
  @PrimaryColumn({ name: 'needs_id', type: 'varchar', length: 60 })
  needsId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place in the printed list (rekkefølge), from 1.' })
  position: number;

  // Composed from the row's key (needs, position): stable across requests.
  @Field(() => ID, { description: 'Identifier (id), e.g. "felles-grunnmur-2020:videreforing:1".' })
  get id(): string {
    return `${this.needsId}:videreforing:${this.position}`;
  }

  @Column({ type: 'varchar', length: 400 })
  @Field({ description: 'As printed, e.g. "samarbeid mellom Helse Sør-Øst og Kjernejournal".' })
  text: string;

  @Column({ name: 'project_id', type: 'varchar', length: 20, nullable: true })
  projectId: string | null;

  @Column({ name: 'result_goal_code', type: 'varchar', length: 10, nullable: true })
  resultGoalCode: string | null;
}

@Entity('felles_grunnmur_implementation_model')
@publicData()
@ObjectType({
  description:
    'An implementation model (modell for gjennomføringsansvar) for Felles grunnmur tiltak, e.g. "Samfinansiering av tiltak som ivaretas av en annen aktør".',
})
export class FellesGrunnmurImplementationModel {
  @PrimaryColumn({ name: 'needs_id', type: 'varchar', length: 60 })
  needsId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Number (nummer) as printed, 1) to 4).' })
  number: number;

  // Composed from the row's key (needs, number): stable across requests.
  @Field(() => ID, { description: 'Identifier (id), e.g. "felles-grunnmur-2020:modell:1".' })
  get id(): string {
    return `${this.needsId}:modell:${this.number}`;
  }

  @Column({ type: 'varchar', length: 400 })
  @Field({ description: 'The model (modell) as printed.' })
  text: string;
}
