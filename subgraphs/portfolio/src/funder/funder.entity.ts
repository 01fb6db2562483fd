import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

/** The funder columns are fixed by the portfolio table: 11 in the documents. */
export const FUNDERS_SIZE = 25;

@Entity('funder')
@publicData()
@ObjectType({
  description:
    'A funder column of the cost distribution (kostnadsfordeling), e.g. "E-helse", "RHF", "Ikke oppgitt".',
})
@Directive('@key(fields: "code")')
export class Funder {
  @PrimaryColumn({ type: 'varchar', length: 30 })
  @Field({ description: 'Column code as the portfolio table prints it, e.g. "KS/kommune".' })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Who the column stands for (finansiør).' })
  name: string;

  @Column({ name: 'organisation_id', type: 'varchar', length: 100, nullable: true })
  organisationId: string | null;

  @Column({ type: 'int' })
  position: number;
}
