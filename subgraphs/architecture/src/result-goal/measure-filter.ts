import { Field, ID, InputType } from 'type-graphql';
import { requireId, badInput, validate, type Context } from '@ehelse/shared';
import { MeasureOrganisation } from './measure-links.entity';
import { Measure } from './measure.entity';
import { ResultGoal } from './result-goal.entity';

@InputType({ description: 'Filters for the tiltak list; all given conditions must hold.' })
export class MeasureFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Resultatmål codes, e.g. ["RM3", "RM5"]; an unknown code is BAD_USER_INPUT.',
  })
  resultGoalCodes?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'Only tiltak this organisation is (co-)responsible for (ansvarlig).',
  })
  responsibleOrganisationId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only tiltak whose responsible is printed as "?"; false: only assigned ones.',
  })
  unassigned?: boolean;
}

/**
 * A missing id inside a filter is the caller's mistake, not an empty result: an unknown
 * resultatmål is BAD_USER_INPUT naming the entry. Organisations belong to portfolio, so
 * only their form is checked here.
 */
export async function checkMeasureFilter(context: Context, filter: MeasureFilter | undefined) {
  if (filter?.responsibleOrganisationId) {
    validate.organisationId('filter.responsibleOrganisationId', filter.responsibleOrganisationId);
  }
  const codes = filter?.resultGoalCodes ?? [];
  if (codes.length === 0) return;
  codes.forEach((code, index) => requireId('code', `filter.resultGoalCodes[${index}]`, code));
  const goals = await context.loaders.one(ResultGoal, 'code').loadMany(codes);
  const missing = goals.findIndex((goal) => !goal || goal instanceof Error);
  if (missing >= 0) {
    throw badInput(`filter.resultGoalCodes[${missing}]`, `Unknown resultatmål "${codes[missing]}"`);
  }
}

/** The filtered tiltak in plan order, built afresh for the count and for the page. */
export function filteredMeasures({ dataSource }: Context, filter: MeasureFilter = {}) {
  const query = dataSource
    .getRepository(Measure)
    .createQueryBuilder('measure')
    .orderBy('measure.position', 'ASC')
    .addOrderBy('measure.code', 'ASC');
  if (filter.resultGoalCodes?.length) {
    query.andWhere('measure.result_goal_code IN (:...codes)', { codes: filter.resultGoalCodes });
  }
  if (filter.responsibleOrganisationId) {
    const responsible = query
      .subQuery()
      .select('link.measure_code')
      .from(MeasureOrganisation, 'link')
      .where('link.organisation_id = :organisationId')
      .getQuery();
    query.andWhere(`measure.code IN ${responsible}`, {
      organisationId: filter.responsibleOrganisationId,
    });
  }
  if (filter.unassigned !== undefined && filter.unassigned !== null) {
    query.andWhere(
      filter.unassigned
        ? 'measure.responsible_organisation_id IS NULL'
        : 'measure.responsible_organisation_id IS NOT NULL',
    );
  }
  return query;
}
