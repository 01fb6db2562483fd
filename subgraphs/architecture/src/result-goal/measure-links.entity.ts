import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Measure } from './measure.entity';

/** An organisation named responsible for a tiltak ("Direktoratet/NHN" names two). */
@Entity('measure_organisation')
export class MeasureOrganisation {
  @PrimaryColumn({ name: 'measure_code', type: 'varchar', length: 20 })
  measureCode: string;

  @Index()
  @PrimaryColumn({ name: 'organisation_id', type: 'varchar', length: 100 })
  organisationId: string;

  @Column({ type: 'int' })
  position: number;

  // Lets the reverse lookup (organisation → tiltak) fetch the tiltak in the same statement.
  @ManyToOne(() => Measure)
  @JoinColumn({ name: 'measure_code', referencedColumnName: 'code' })
  measure: Measure;
}

/** A portfolio project that carries out a tiltak. */
@Entity('measure_project')
export class MeasureProject {
  @PrimaryColumn({ name: 'measure_code', type: 'varchar', length: 20 })
  measureCode: string;

  @Index()
  @PrimaryColumn({ name: 'project_id', type: 'varchar', length: 20 })
  projectId: string;

  @Column({ type: 'int' })
  position: number;

  @ManyToOne(() => Measure)
  @JoinColumn({ name: 'measure_code', referencedColumnName: 'code' })
  measure: Measure;
}

/** A portfolio project that carries a whole resultatmål (PKT for RM6 Felles språk). */
@Entity('result_goal_project')
export class ResultGoalProject {
  @PrimaryColumn({ name: 'result_goal_code', type: 'varchar', length: 10 })
  resultGoalCode: string;

  @PrimaryColumn({ name: 'project_id', type: 'varchar', length: 20 })
  projectId: string;

  @Column({ type: 'int' })
  position: number;
}
