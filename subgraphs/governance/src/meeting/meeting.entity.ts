import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';
import { GraphQLDate } from 'graphql-scalars';
import { MeetingSourceKind } from './meeting-source-kind';

@Entity('meeting')
@Index(['councilId', 'date'])
@Index('UQ_meeting_council_number', ['councilId', 'number'], { unique: true })
@publicData()
@ObjectType({ description: 'A meeting (møte) of a governance body, with its agenda (dagsorden).' })
@Directive('@key(fields: "id")')
export class Meeting {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  @Field(() => ID, { description: 'E.g. "nasjonalt-e-helserad-5-22".' })
  id: string;

  @Column({ name: 'council_id', type: 'varchar', length: 100 })
  councilId: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Meeting number (møtenummer) as printed, e.g. "5/22"; null for meetings the documents do not number (the 2019 arena, meetings known only from later minutes).',
  })
  number: string | null;

  @Index()
  @Column({ name: 'held_on', type: 'varchar', length: 10 })
  @Field(() => GraphQLDate, { description: 'Date of the meeting (møtedato).' })
  date: string;

  @Column({ name: 'ends_on', type: 'varchar', length: 10, nullable: true })
  @Field(() => GraphQLDate, {
    nullable: true,
    description:
      'Last day (sluttdato) of a meeting over several days, e.g. 2022-10-27 for NUFA 26.–27.10.2022; null for a one-day meeting.',
  })
  endDate: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Place (møtested), e.g. "Trondheim"; null when not printed.',
  })
  location: string | null;

  @Column({ name: 'source_kind', type: 'varchar', length: 20, default: MeetingSourceKind.RECORDED })
  @Field(() => MeetingSourceKind, {
    description:
      'How the documents know the meeting (kilde): its own papers, or only a reference to it in other papers (see knownOnlyByReference and mentions).',
  })
  sourceKind: MeetingSourceKind;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Note on the sources and what is left out (merknad), in Norwegian.',
  })
  note: string | null;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int, {
    description:
      'Version (versjon) for optimistic concurrency: grows with every change to the meeting or its agenda; pass it as expectedVersion.',
  })
  version: number;
}
