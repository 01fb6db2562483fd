import { badInput, requireId, type Context } from '@ehelse/shared';
import { FocusArea } from '../focus-area/focus-area.entity';
import { StrategicArea } from '../focus-area/strategic-area.entity';
import { Organisation } from '../organisation/organisation.entity';
import type { ProjectFilter } from './project-query';

/**
 * An unknown id in the filter is the caller's mistake (BAD_USER_INPUT naming the filter
 * field), not an empty page. The lookups go through the request's loaders, so the rows
 * they read serve the page's `focusArea` and `responsibleOrganisation` without a second read.
 */
export async function checkProjectFilter({ loaders }: Context, filter: ProjectFilter = {}) {
  const firstUnknown = async <K extends string | number>(
    keys: K[] | undefined,
    load: (keys: K[]) => Promise<unknown[]>,
  ) => {
    if (!keys?.length) return undefined;
    const rows = await load(keys);
    const index = rows.findIndex((row) => row === null || row instanceof Error);
    return index < 0 ? undefined : { key: keys[index], index };
  };
  // The field names the entry, as architecture's filters do: "filter.focusAreaCodes[1]".
  const at = (field: string, unknown: { index: number }) => `filter.${field}[${unknown.index}]`;
  // Ids that cannot exist are refused before the lookups (same error, no query).
  filter.focusAreaCodes?.forEach((code, index) =>
    requireId('code', at('focusAreaCodes', { index }), code),
  );
  filter.responsibleOrganisationIds?.forEach((id, index) =>
    requireId('slug', at('responsibleOrganisationIds', { index }), id),
  );
  const area = await firstUnknown(filter.focusAreaCodes, (codes) =>
    loaders.one(FocusArea, 'code').loadMany(codes),
  );
  if (area) throw badInput(at('focusAreaCodes', area), `Unknown innsatsområde "${area.key}"`);
  const organisation = await firstUnknown(filter.responsibleOrganisationIds, (ids) =>
    loaders.one(Organisation, 'id').loadMany(ids),
  );
  if (organisation)
    throw badInput(
      at('responsibleOrganisationIds', organisation),
      `Unknown organisation "${organisation.key}"`,
    );
  const strategicArea = await firstUnknown(filter.strategicAreaNumbers, (numbers) =>
    loaders.one(StrategicArea, 'number').loadMany(numbers),
  );
  if (strategicArea)
    throw badInput(
      at('strategicAreaNumbers', strategicArea),
      `Unknown satsingsområde ${strategicArea.key}`,
    );
}
