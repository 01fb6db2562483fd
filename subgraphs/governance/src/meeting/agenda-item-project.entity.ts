import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgendaItem } from './agenda-item.entity';

/** A portfolio project an agenda item concerns; the project itself lives in the portfolio subgraph. */
@Entity('agenda_item_project')
export class AgendaItemProject {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'varchar', length: 100 })
  agendaItemId: string;

  @Index()
  @PrimaryColumn({ name: 'project_id', type: 'varchar', length: 20 })
  projectId: string;

  @ManyToOne(() => AgendaItem, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem: AgendaItem;
}
