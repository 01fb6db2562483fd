import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';
import { CouncilKind } from './council-kind';

@Entity('council')
@publicData()
@ObjectType({
  description:
    'A governance body (råd, styre, utvalg, styringsgruppe, arbeidsgruppe or arena) in the national e-health model.',
})
@Directive('@key(fields: "id")')
export class Council {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  @Field(() => ID, {
    description: 'Slug of the name, e.g. "nasjonalt-e-helserad", "nuit", "nufa".',
  })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Name (navn) as printed, e.g. "Nasjonalt e-helseråd".' })
  name: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Abbreviation (forkortelse), e.g. "NUIT", "NEHS", "PS".',
  })
  abbreviation: string | null;

  @Column({ type: 'varchar', length: 30 })
  @Field(() => CouncilKind, { description: 'Kind of body (type organ).' })
  kind: CouncilKind;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Mandate (mandat) or responsibility as printed; null when the documents print none.',
  })
  mandate: string | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Year the body was established (etablert), where known.',
  })
  established: number | null;

  @Index()
  @Column({ name: 'parent_id', type: 'varchar', length: 100, nullable: true })
  parentId: string | null;

  @Index()
  @Column({ name: 'predecessor_id', type: 'varchar', length: 100, nullable: true })
  predecessorId: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Note on sources and inferences (merknad), in Norwegian.',
  })
  note: string | null;
}
