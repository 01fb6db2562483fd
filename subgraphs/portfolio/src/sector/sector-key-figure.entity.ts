import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { listSize, publicData, valueObject } from '@ehelse/shared/graphql';

@Entity('sector_key_figure')
@publicData()
@ObjectType({
  description:
    'A key figure (nøkkeltall) of the health sector as document 001 prints it under «Bakgrunn», e.g. 428 kommuner.',
})
export class SectorKeyFigure {
  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place in the printed sentence (rekkefølge), from 1.' })
  position: number;

  // Composed from the row's key: stable across requests.
  @Field(() => ID, { description: 'Identifier: "001:" and the position, e.g. "001:3".' })
  get id(): string {
    return `001:${this.position}`;
  }

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'The number (antall), e.g. 17000 for "17.000".' })
  value: number;

  @Column({ name: 'printed_value', type: 'varchar', length: 30 })
  @Field({ description: 'The number as printed (som trykket), e.g. "17.000" or "fire".' })
  printedValue: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({
    description: 'What is counted, as printed (betegnelse), e.g. "regionale helseforetak".',
  })
  label: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Line (linje) of document 001 where the number is printed.' })
  line: number;
}

@publicData()
@ObjectType({
  description: valueObject(
    'The health sector’s key figures (nøkkeltall) of document 001 (l. 1–5): the printed sentence and its numbers.',
  ),
})
export class SectorKeyFigures {
  @Field({ description: 'The slide heading (overskrift) as printed, "Bakgrunn".' })
  heading: string;

  @Field({
    description:
      'The sentence (setning) as printed, its line breaks joined, e.g. «Helsesektoren består av 17.000 aktører …».',
  })
  statement: string;

  @Field({ description: 'The source document (kildedokument), "001".' })
  document: string;

  @Field(() => [SectorKeyFigure], { description: 'Its numbers (tall), in printed order.' })
  // Fixed by the sentence: 3 numbers in the seed; about twice that, 10.
  @listSize(10)
  figures: SectorKeyFigure[];
}
