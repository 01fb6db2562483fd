import { rowBy, rowsBy } from '@ehelse/shared/graphql';
import { FocusArea } from './focus-area.entity';
import { StrategicArea } from './strategic-area.entity';

/** An innsatsområde by code, e.g. "1.1"; null where none exists. */
export const focusAreaByCode = rowBy(FocusArea, 'code');

/** A strategic area (satsingsområde) by number; null where none exists. */
export const strategicAreaByNumber = rowBy<StrategicArea, number>(StrategicArea, 'number');

/** The innsatsområder of strategic areas, by area number, in code order. */
export const focusAreasByStrategicArea = rowsBy<FocusArea, number>(
  FocusArea,
  'strategicAreaNumber',
  { order: { code: 'ASC' } },
);
