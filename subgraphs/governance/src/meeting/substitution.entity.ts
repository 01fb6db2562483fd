import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

@Entity('substitution')
@publicData()
@ObjectType({
  description: 'A substitute (stedfortreder) who attends one meeting for a member (stiller for).',
})
export class Substitution {
  @PrimaryColumn({ name: 'meeting_id', type: 'varchar', length: 100 })
  meetingId: string;

  @PrimaryColumn({ name: 'person_id', type: 'varchar', length: 100 })
  personId: string;

  @Column({ name: 'for_person_id', type: 'varchar', length: 100 })
  forPersonId: string;

  @Column({ name: 'organisation_id', type: 'varchar', length: 100, nullable: true })
  organisationId: string | null;

  /** Printed order in the meeting papers. */
  @Column({ type: 'int' })
  position: number;
}
