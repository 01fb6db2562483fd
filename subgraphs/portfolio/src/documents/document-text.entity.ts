import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A heading or sentence a slide prints, kept verbatim, by document and key (e.g. "000", "actor-map.heading"). */
@Entity('document_text')
export class DocumentText {
  @PrimaryColumn({ type: 'varchar', length: 3 })
  document: string;

  @PrimaryColumn({ name: 'text_key', type: 'varchar', length: 60 })
  key: string;

  @Column({ type: 'varchar', length: 400 })
  text: string;

  @Column({ type: 'int' })
  line: number;
}
