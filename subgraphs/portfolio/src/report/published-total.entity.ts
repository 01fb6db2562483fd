import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MONEY } from '@ehelse/shared/db';

export type PublishedDimension = 'FUNDER' | 'FOCUS_AREA';

/** A total the report prints (per funder column or per innsatsområde), kept to compare with the computed one. */
@Entity('published_total')
export class PublishedTotal {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  dimension: PublishedDimension;

  @PrimaryColumn({ name: 'item_key', type: 'varchar', length: 30 })
  key: string;

  @Column({ ...MONEY, nullable: true })
  amount: number | null;
}
