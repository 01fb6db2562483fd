import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import { MeasureOrganisation, MeasureProject, ResultGoalProject } from './measure-links.entity';
import { Measure } from './measure.entity';
import { Milestone, type MilestoneStatus } from './milestone.entity';
import { ResultGoal } from './result-goal.entity';

interface ResultGoalRow {
  code: string;
  title: string;
  area: string;
  description: string | null;
  projectIds: string[];
  milestones: {
    code: string;
    title: string;
    year: number;
    measuresStarted: number | null;
    measuresTotal: number | null;
    status: MilestoneStatus | null;
    statusDerived: boolean;
    isNew: boolean;
    printedProgress: string;
  }[];
  measures: {
    code: string;
    title: string;
    milestoneCode: string | null;
    responsibleOrganisationId: string | null;
    responsibleOrganisationIds: string[];
    responsibleText: string;
    projectIds: string[];
    isNew: boolean;
    note?: string;
  }[];
}

export async function seedResultGoals(manager: EntityManager) {
  const goals = dataFile<ResultGoalRow[]>('result-goals.json');
  await manager.insert(
    ResultGoal,
    goals.map(({ code, title, area, description }, position) => ({
      code,
      title,
      area,
      description,
      position,
    })),
  );
  await manager.insert(
    Milestone,
    goals
      .flatMap((goal) => goal.milestones.map((m) => ({ ...m, resultGoalCode: goal.code })))
      .map((m, position) => ({ ...m, position })),
  );
  const measures = goals.flatMap((goal) =>
    goal.measures.map((m) => ({ ...m, resultGoalCode: goal.code })),
  );
  await manager.insert(
    Measure,
    measures.map((m, position) => ({
      code: m.code,
      resultGoalCode: m.resultGoalCode,
      milestoneCode: m.milestoneCode,
      title: m.title,
      responsibleOrganisationId: m.responsibleOrganisationId,
      responsibleText: m.responsibleText,
      isNew: m.isNew,
      note: m.note ?? null,
      position,
    })),
  );
  const organisations = measures.flatMap((m) =>
    m.responsibleOrganisationIds.map((organisationId, position) => ({
      measureCode: m.code,
      organisationId,
      position,
    })),
  );
  if (organisations.length) await manager.insert(MeasureOrganisation, organisations);
  const projects = measures.flatMap((m) =>
    m.projectIds.map((projectId, position) => ({ measureCode: m.code, projectId, position })),
  );
  if (projects.length) await manager.insert(MeasureProject, projects);
  const goalProjects = goals.flatMap((g) =>
    g.projectIds.map((projectId, position) => ({ resultGoalCode: g.code, projectId, position })),
  );
  if (goalProjects.length) await manager.insert(ResultGoalProject, goalProjects);
}
