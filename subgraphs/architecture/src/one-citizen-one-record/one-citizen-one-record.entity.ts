import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

@Entity('one_citizen_one_record')
@publicData()
@ObjectType({
  description:
    'The "Én innbygger – én journal" (one citizen – one record) initiative as document 001 presents it: the goals of Meld. St. 9 (2012-2013) and the system areas (systemområder) of its core system (kjernesystem).',
})
export class OneCitizenOneRecord {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  @Field(() => ID, { description: 'Identifier (id), "en-innbygger-en-journal".' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Name (navn) as printed, "Én innbygger – én journal".' })
  name: string;

  @Column({ name: 'white_paper', type: 'varchar', length: 100 })
  @Field({
    description:
      'The white paper (stortingsmelding) that defines the goals, as printed: "Meld. St. 9 (2012-2013)".',
  })
  whitePaper: string;

  @Column({ name: 'white_paper_statement', type: 'varchar', length: 400 })
  @Field({
    description:
      'The slide title introducing the goals, as printed: "Meld. St. 9 (2012-2013) definerer tre mål …".',
  })
  whitePaperStatement: string;

  @Column({ name: 'core_system_statement', type: 'varchar', length: 400 })
  @Field({
    description:
      'The statement on the core system (kjernesystem) as printed: "De systemområder som er definert som kjernesystem …".',
  })
  coreSystemStatement: string;
}

@Entity('white_paper_goal')
@publicData()
@ObjectType({
  description:
    'One of the three goals (mål) for ICT in the health and care services that Meld. St. 9 (2012-2013) defines.',
})
export class WhitePaperGoal {
  @PrimaryColumn({ name: 'initiative_id', type: 'varchar', length: 60 })
  initiativeId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, {
    description: 'Place in the printed list (rekkefølge), 1 to 3; the slide prints no numbers.',
  })
  number: number;

  // Composed from the row's key (initiative, number): stable across requests.
  @Field(() => ID, { description: 'Identifier (id), e.g. "en-innbygger-en-journal:1".' })
  get id(): string {
    return `${this.initiativeId}:${this.number}`;
  }

  @Column({ type: 'varchar', length: 400 })
  @Field({
    description:
      'The goal (mål) as printed, e.g. "Helsepersonell skal ha enkel og sikker tilgang til pasient- og brukeropplysninger".',
  })
  text: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'The heading (overskrift) the later slide prints above the same sentence, e.g. "Informasjonstilgang til helsepersonell".',
  })
  heading: string | null;
}

@Entity('system_area')
@Index(['initiativeId', 'position'])
@publicData()
@ObjectType({
  description:
    'A system area (systemområde) in the diagram of "Én innbygger – én journal", e.g. "Klinisk dokumentasjon og prosess".',
})
export class SystemArea {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  @Field(() => ID, {
    description: 'Identifier (id): the name as a slug, e.g. "klinisk-dokumentasjon-og-prosess".',
  })
  id: string;

  @Column({ name: 'initiative_id', type: 'varchar', length: 60 })
  initiativeId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Place in the printed diagram text (rekkefølge), from 1.' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Name (systemområde) as printed, line breaks joined.' })
  name: string;

  @Column({ name: 'part_of_core_system', type: 'boolean' })
  @Field({
    description:
      'Part of the core system (kjernesystem). Inferred: the two areas the following slides describe as "Systemområde …" (see data/README.md).',
  })
  partOfCoreSystem: boolean;

  @Column({ type: 'varchar', length: 400, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Description (beskrivelse) as printed on its own slide; null where none.',
  })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'The remark printed below its list of systems (merknad), as printed; null where none.',
  })
  remark: string | null;
}

@Entity('system_area_function')
@publicData()
@ObjectType({
  description:
    'One lettered entry (a, b, …) of the systems a system area contains (inneholder systemer for), as printed.',
})
export class SystemAreaFunction {
  @PrimaryColumn({ name: 'area_id', type: 'varchar', length: 100 })
  areaId: string;

  @PrimaryColumn({ type: 'varchar', length: 5 })
  @Field({ description: 'The printed letter (bokstav), e.g. "a".' })
  letter: string;

  // Composed from the row's key (area, letter): stable across requests.
  @Field(() => ID, {
    description: 'Identifier (id): area and letter, e.g. "klinisk-dokumentasjon-og-prosess:a".',
  })
  get id(): string {
    return `${this.areaId}:${this.letter}`;
  }

  @Column({ type: 'text' })
  @Field({ description: 'The entry as printed, lines joined.' })
  text: string;
}
