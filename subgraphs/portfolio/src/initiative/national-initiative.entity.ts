import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

@Entity('national_initiative')
@publicData()
@ObjectType({
  description:
    'A large national e-health initiative (nasjonal satsning på eHelse) as the 2012 slides list it under «Noen store nasjonale satsninger på eHelse» (document 000).',
})
export class NationalInitiative {
  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place in the printed list (rekkefølge), from 1.' })
  position: number;

  // Composed from the row's key (document, position): stable across requests.
  @Field(() => ID, { description: 'Identifier: document and position, e.g. "000:1".' })
  get id(): string {
    return `${this.document}:${this.position}`;
  }

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Name (navn) as printed, e.g. "Kjernejournal".' })
  name: string;

  @Column({ type: 'varchar', length: 3 })
  @Field({ description: 'The source document (kildedokument), "000".' })
  document: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Line (linje) of the source document where it is printed.' })
  line: number;
}
