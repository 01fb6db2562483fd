import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

@Entity('target_picture')
@publicData()
@ObjectType({
  description: 'A target picture (målbilde) of the 2012 action plan "Handlingsplan mot 2013".',
})
export class TargetPicture {
  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Number (nummer), 1 to 4.' })
  number: number;

  // The number is the row's key; as a string it is the id client caches normalise by.
  @Field(() => ID, { description: 'Identifier (id): the målbilde number, e.g. "1".' })
  get id(): string {
    return String(this.number);
  }

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Title (målbilde), e.g. "Elektronisk informasjonsutveksling".' })
  title: string;

  @Column({ type: 'varchar', length: 400 })
  @Field({ description: 'Description (beskrivelse), OCR errors corrected.' })
  description: string;

  @Column({ name: 'description_as_printed', type: 'varchar', length: 400 })
  @Field({ description: 'Description as the OCR text prints it.' })
  descriptionAsPrinted: string;
}
