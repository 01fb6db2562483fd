import { In } from 'typeorm';
import { groupBy, type Context } from '@ehelse/shared';
import { MeasureOrganisation, MeasureProject } from './measure-links.entity';
import { Measure } from './measure.entity';
import { ResultGoal } from './result-goal.entity';

export const resultGoalByCode = (context: Context, code: string) =>
  context.loaders.one(ResultGoal, 'code').load(code);

export const measureByCode = (context: Context, code: string) =>
  context.loaders.one(Measure, 'code').load(code);

type MeasureLink = MeasureProject | MeasureOrganisation;

/**
 * Tiltak per linked key (project or organisation), in plan order: the link table is
 * joined to its tiltak, so one statement serves every key of the request.
 */
function measuresByLink<T extends MeasureLink>(
  context: Context,
  link: new () => T,
  column: 'projectId' | 'organisationId',
) {
  return context.loaders.get<string, Measure[]>(`measuresBy.${link.name}`, async (keys) => {
    const rows = (await context.dataSource.getRepository(link).find({
      where: { [column]: In([...keys]) } as never,
      relations: { measure: true } as never,
      order: { measure: { position: 'ASC' } } as never,
    })) as T[];
    return groupBy(rows, keys, (row) => (row as unknown as Record<string, unknown>)[column]).map(
      (links) => links.map((row) => row.measure),
    );
  });
}

export const measuresOfProject = (context: Context, projectId: string) =>
  measuresByLink(context, MeasureProject, 'projectId').load(projectId);

export const measuresOfOrganisation = (context: Context, organisationId: string) =>
  measuresByLink(context, MeasureOrganisation, 'organisationId').load(organisationId);
