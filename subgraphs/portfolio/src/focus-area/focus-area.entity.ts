import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

/** The innsatsområder are fixed by the strategy: 14 in the documents. */
export const FOCUS_AREAS_SIZE = 30;

@Entity('focus_area')
@publicData()
@ObjectType({ description: 'A focus area (innsatsområde) of the national e-health portfolio.' })
@Directive('@key(fields: "code")')
export class FocusArea {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  @Field({ description: 'Code, e.g. "1.1"; the first digit is the strategic area.' })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Name, e.g. "Modernisere journal- og samhandlingsløsninger".' })
  name: string;

  @Index()
  @Column({ name: 'strategic_area_number', type: 'int' })
  strategicAreaNumber: number;
}
