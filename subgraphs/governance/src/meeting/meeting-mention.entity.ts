import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { publicData, valueObject } from '@ehelse/shared/graphql';

/**
 * Where a source document prints something about a meeting: the printed words, the document
 * and its line. A meeting known only by reference is known only through these.
 */
@Entity('meeting_mention')
@Index(['agendaItemId'])
@publicData()
@ObjectType({
  description: valueObject(
    'A mention (omtale) of a meeting in the source documents: what is printed about it, where.',
  ),
})
export class MeetingMention {
  @PrimaryColumn({ name: 'meeting_id', type: 'varchar', length: 100 })
  meetingId: string;

  /** Order of the mentions of one meeting, oldest document first. */
  @PrimaryColumn({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 10 })
  @Field({
    description:
      'The source document (kildedokument) by its number in the seed index, e.g. "004" (Nasjonalt e-helsestyre 3/19).',
  })
  document: string;

  @Column({ type: 'int' })
  @Field(() => Int, {
    description: 'Line (linje) of the document’s text where the mention starts.',
  })
  line: number;

  /** The agenda item whose papers print the mention; null outside any item (e.g. a closing slide). */
  @Column({ name: 'agenda_item_id', type: 'varchar', length: 100, nullable: true })
  agendaItemId: string | null;

  @Column({ name: 'printed_text', type: 'text' })
  @Field({
    description:
      'The printed words (trykt tekst), verbatim in Norwegian, e.g. "Godkjenning av referat fra møtet 22.03.2019".',
  })
  text: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Note (merknad) in Norwegian on a correction or inference, e.g. an OCR fix; null when none.',
  })
  note: string | null;
}
