import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { listSize, publicData, valueObject } from '@ehelse/shared/graphql';

/** One slide (lysark) of an agenda item's papers beyond its title, its text verbatim. */
@Entity('agenda_item_section')
@publicData()
@ObjectType({
  description: valueObject(
    'A slide (lysark) of the meeting papers under an agenda item: its heading and points, verbatim in Norwegian.',
  ),
})
export class AgendaItemSection {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'varchar', length: 100 })
  agendaItemId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place among the item’s slides (rekkefølge), from 1.' })
  position: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Heading (overskrift) as printed, e.g. "Videre prosess"; null for a slide that prints none (a timeline).',
  })
  heading: string | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Page number (side) printed on the slide, e.g. 29; null where none is printed.',
  })
  page: number | null;

  // A short ordered list of this one row, never queried on its own.
  @Column({ type: 'simple-json' })
  // Fixed by the documents: at most 19 points on one slide (34/22's timeline).
  @listSize(30)
  @Field(() => [String], {
    description:
      "The points (punkter) in printed order, verbatim; the text export does not keep bullet levels, so sub-points follow their point. One exception: the dated labels of 34/22's timeline slide (tidslinje) are in date order, since the export's order is only the layout's.",
  })
  points: string[];
}
