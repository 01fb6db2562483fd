import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

@Entity('agenda_sub_item')
@publicData()
@ObjectType({
  description:
    'A numbered point (underpunkt) within an agenda item, e.g. one of the four orientations (orienteringer) of 32/22, in printed order.',
})
export class AgendaSubItem {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'varchar', length: 100 })
  agendaItemId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Number (nummer) as printed, from 1.' })
  number: number;

  // Composed from the row's key (agenda item, number): stable across requests.
  @Field(() => ID, {
    description: 'Agenda item id and number, e.g. "32-22:1".',
  })
  get id(): string {
    return `${this.agendaItemId}:${this.number}`;
  }

  @Column({ type: 'varchar', length: 500 })
  @Field({
    description: 'Title (tittel) as printed, e.g. "Plan for digitalisering på legemiddelområdet".',
  })
  title: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Note on sources and inferences (merknad), in Norwegian.',
  })
  note: string | null;
}
