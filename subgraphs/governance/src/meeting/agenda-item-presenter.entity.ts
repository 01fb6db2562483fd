import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '../person/person.entity';
import { AgendaItem } from './agenda-item.entity';

/** Who presents an agenda item (presenterer saken); some items have two presenters. */
@Entity('agenda_item_presenter')
export class AgendaItemPresenter {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'varchar', length: 100 })
  agendaItemId: string;

  @Index()
  @PrimaryColumn({ name: 'person_id', type: 'varchar', length: 100 })
  personId: string;

  /** 1 for the presenter named first. */
  @Column({ type: 'int' })
  position: number;

  @ManyToOne(() => Person, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'person_id' })
  person: Person;

  @ManyToOne(() => AgendaItem, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem: AgendaItem;
}
