import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, Float, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';
import { MONEY } from '@ehelse/shared/db';

/** At most one share per funder column (11 today); the documents' largest budget has 4. */
export const COST_SHARES_SIZE = 10;

@Entity('cost_share')
@Index(['year', 'funderCode'])
// Covering: the summary's totals by funder read the index alone (migration 1733300000001).
@Index('IDX_cost_share_year_funder_amount', ['year', 'funderCode', 'amount'])
@publicData()
@ObjectType({
  description: 'One funder’s share of a project’s yearly budget (kostnadsfordeling), in MNOK.',
})
export class CostShare {
  @PrimaryColumn({ name: 'project_id', type: 'varchar', length: 20 })
  projectId: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @PrimaryColumn({ name: 'funder_code', type: 'varchar', length: 30 })
  funderCode: string;

  @Column(MONEY)
  @Field(() => Float, { description: 'Amount in MNOK.' })
  amount: number;

  /** Set on a share a status report gave (kept with the report), so its id differs from the current one. */
  statusReportId?: number;
}
