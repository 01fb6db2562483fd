import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PlanMilestone } from './plan-milestone.entity';
import { PlannedBodyMeeting } from './planned-body-meeting.entity';

/** The milestone row(s) a planned body meeting is printed in; a date can sit in two rows. */
@Entity('planned_meeting_milestone')
@Index(['planId', 'milestoneCode'])
export class PlannedMeetingMilestone {
  @PrimaryColumn({ name: 'planned_meeting_id', type: 'varchar', length: 200 })
  plannedMeetingId: string;

  @PrimaryColumn({ name: 'milestone_code', type: 'varchar', length: 20 })
  milestoneCode: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 50 })
  planId: string;

  @ManyToOne(() => PlannedBodyMeeting, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'planned_meeting_id' })
  plannedMeeting: PlannedBodyMeeting;

  @ManyToOne(() => PlanMilestone, { createForeignKeyConstraints: false })
  @JoinColumn([
    { name: 'plan_id', referencedColumnName: 'planId' },
    { name: 'milestone_code', referencedColumnName: 'code' },
  ])
  milestone: PlanMilestone;
}
