import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

export enum MilestoneStatus {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
}
registerEnumType(MilestoneStatus, {
  name: 'MilestoneStatus',
  description: 'Status colour of a roadmap milestone (milepælstatus), per the plan’s legend.',
  valuesConfig: {
    GREEN: { description: 'Grønt: all tiltak of the milestone are started as planned.' },
    YELLOW: { description: 'Gult: the tiltak are started late (forsinket igangsatt).' },
  },
});

@Entity('milestone')
@publicData()
@ObjectType({
  description: 'A milestone (milepæl) of a resultatmål in the Felles grunnmur roadmap.',
})
export class Milestone {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  @Field({ description: 'Code (kode), e.g. "RM3-M1".' })
  code: string;

  // The code is unique over the roadmap, so it serves as the id client caches normalise by.
  @Field(() => ID, { description: 'Identifier (id): the code, e.g. "RM3-M1".' })
  get id(): string {
    return this.code;
  }

  @Index()
  @Column({ name: 'result_goal_code', type: 'varchar', length: 10 })
  resultGoalCode: string;

  @Column({ type: 'varchar', length: 300 })
  @Field({ description: 'Title (milepæl) as printed, without the "(Ny)" mark.' })
  title: string;

  @Column({ type: 'int' })
  @Field(() => Int, {
    description: 'Year (år) of the column the milestone is printed in, 2019 to 2023.',
  })
  year: number;

  @Column({ name: 'measures_started', type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Tiltak started (igangsatte tiltak); printed for 2019 only ("1/4").',
  })
  measuresStarted: number | null;

  @Column({ name: 'measures_total', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Tiltak in the milestone (antall tiltak).' })
  measuresTotal: number | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  @Field(() => MilestoneStatus, {
    nullable: true,
    description:
      'Status (statusfarge). Derived from started/total per the legend (colours were lost); null for future milestones.',
  })
  status: MilestoneStatus | null;

  @Column({ name: 'status_derived', type: 'boolean' })
  @Field({
    description:
      'Whether the status is derived from the counts rather than printed (utledet); false once an admin has set it.',
  })
  statusDerived: boolean;

  @Column({ name: 'is_new', type: 'boolean' })
  @Field({ description: 'Marked "(Ny)" (new) in the plan.' })
  isNew: boolean;

  @Column({ name: 'printed_progress', type: 'varchar', length: 10 })
  @Field({
    description:
      'The cell as printed, e.g. "1/4" or "3"; kept as printed when the counts are updated.',
  })
  printedProgress: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int, {
    description: 'Version (versjon) for optimistic concurrency; grows with every accepted change.',
  })
  version: number;
}
