import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

@Entity('person')
@publicData()
@ObjectType({
  description:
    'A person (person) who sits on a body, presents an agenda item or substitutes at a meeting.',
})
export class Person {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  @Field(() => ID, { description: 'Slug of the name as printed, e.g. "rune-simensen".' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Name (navn) as printed, e.g. "Rune Simensen".' })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Title (tittel) as printed, e.g. "Direktør for teknologi og e-helse".',
  })
  title: string | null;

  /** The name folded for accent-insensitive search ("Dunsæd" → "dunsaed"), the same on every backend. */
  @Index()
  @Column({ name: 'search_name', type: 'varchar', length: 200 })
  searchName: string;
}
