import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

@Entity('strategic_area')
@publicData()
@ObjectType({
  description:
    'One of the six strategic areas (strategiske satsingsområder) of the national e-health portfolio.',
})
export class StrategicArea {
  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Number of the area, 1 to 6.' })
  number: number;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Name, e.g. "Felles grunnmur for digitale tjenester".' })
  name: string;
}
